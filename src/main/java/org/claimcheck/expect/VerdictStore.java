package org.claimcheck.expect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code expected/<claim>/verdicts.json}: the verdicts people recorded, written by hand. A case
 * with no entry is expected to HOLD.
 */
public final class VerdictStore {
    public static final String FILE = "verdicts.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private final Path root;

    public VerdictStore(Path root) {
        this.root = root;
    }

    public static VerdictStore fromSystemProperty() {
        return new VerdictStore(ExpectedStore.fromSystemProperty().root());
    }

    public Path path(String claim) {
        return root.resolve(claim).resolve(FILE);
    }

    public Optional<ExpectedVerdict> lookup(String claim, String caseId, String backend) {
        Path file = path(claim);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<ExpectedVerdict> verdicts;
        try {
            verdicts = List.of(JSON.readValue(file.toFile(), ExpectedVerdict[].class));
        } catch (JsonProcessingException e) {
            throw new ExpectedFileException(file, JsonErrors.describe(e), e);
        } catch (IOException e) {
            throw new ExpectedFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        for (int i = 0; i < verdicts.size(); i++) {
            ExpectedVerdict v = verdicts.get(i);
            if (v.reason().isBlank()) {
                throw new ExpectedFileException(file, "entry " + i + " has an empty 'reason': a person must say why", null);
            }
            if (v.finding() < 1) {
                throw new ExpectedFileException(file, "entry " + i + " ('" + v.caseId() + "') has 'finding' " + v.finding()
                        + ": it names the case's finding the verdict is for, counting from 1", null);
            }
        }
        return verdicts.stream().filter(v -> v.caseId().equals(caseId) && v.backend().equals(backend)).findFirst();
    }

    /** The entry a person would add to record an observed contradiction. */
    public static String entryFor(String caseId, int finding, String backend, Verdict verdict, String evidence) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                    new ExpectedVerdict(caseId, finding, backend, verdict, "<one line: why this is what a faithful run shows>", evidence));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
