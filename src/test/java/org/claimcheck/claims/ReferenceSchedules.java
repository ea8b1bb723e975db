package org.claimcheck.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The learning-rate schedules of LAB4 and LRF as the notebooks' formulas give them, evaluated once
 * in Python by src/test/resources/reference/schedules.py and stored in schedules.json beside it:
 * reference values computed apart from the Java schedules they check.
 */
final class ReferenceSchedules {
    private static final JsonNode VALUES = load();

    private ReferenceSchedules() {
    }

    static double[] values(String name) {
        JsonNode values = VALUES.get(name);
        if (values == null || !values.isArray()) {
            throw new IllegalStateException("reference/schedules.json has no schedule '" + name + "': regenerate it with schedules.py");
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).doubleValue();
        }
        return out;
    }

    static String source() {
        return VALUES.path("source").asText();
    }

    private static JsonNode load() {
        try (InputStream in = ReferenceSchedules.class.getResourceAsStream("/reference/schedules.json")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/reference/schedules.json is missing from the test class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reference/schedules.json cannot be read", e);
        }
    }
}
