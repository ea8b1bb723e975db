package org.claimcheck.expect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimcheck.io.AtomicWrite;
import org.claimcheck.run.Curve;

/**
 * The {@code expected/} tree: {@code expected/<claim>/<run>/<arithmetic>.json}, e.g.
 * {@code cpu-openblas-haswell.json}. Files are looked up from the most specific key (this
 * arithmetic) to another arithmetic of the same backend, then the other backend; they are written
 * only on request, atomically, and a failed check leaves a {@code .obtained.json} beside the
 * expected file.
 */
public final class ExpectedStore {
    public static final String PROPERTY = "claimcheck.expected.dir";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private final Path root;

    public ExpectedStore(Path root) {
        this.root = root;
    }

    public static ExpectedStore fromSystemProperty() {
        return new ExpectedStore(Path.of(System.getProperty(PROPERTY, "expected")));
    }

    public Path root() {
        return root;
    }

    public Path path(String claim, String run, String key) {
        return root.resolve(claim).resolve(run).resolve(key + ".json");
    }

    public static Path obtainedPath(Path expected) {
        String name = expected.getFileName().toString().replaceFirst("\\.json$", "");
        return expected.resolveSibling(name + ".obtained.json");
    }

    /**
     * The file to compare with: this arithmetic first, then another arithmetic of the same backend,
     * then one of the other backend (see {@link ExpectedMatch}). Keys start with the backend:
     * {@code cpu-openblas-haswell}, {@code gpu-sm86}.
     */
    public Optional<ExpectedMatch> lookup(String claim, String run, String key) {
        Path exact = path(claim, run, key);
        if (Files.exists(exact)) {
            return Optional.of(new ExpectedMatch(exact, ExpectedMatch.Level.SAME_ARITHMETIC));
        }
        String backend = key.contains("-") ? key.substring(0, key.indexOf('-')) : key;
        List<Path> others = expectedFiles(exact.getParent());
        Optional<Path> sameBackend = others.stream().filter(p -> p.getFileName().toString().startsWith(backend + "-")).findFirst();
        if (sameBackend.isPresent()) {
            return Optional.of(new ExpectedMatch(sameBackend.get(), ExpectedMatch.Level.SAME_BACKEND));
        }
        return others.stream().findFirst().map(p -> new ExpectedMatch(p, ExpectedMatch.Level.OTHER_BACKEND));
    }

    /** The expected files in a run's folder, sorted by name, without the .obtained.json ones. */
    private static List<Path> expectedFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().endsWith(".obtained.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ExpectedFileException(folder, "cannot list the folder: " + e.getMessage(), e);
        }
    }

    /**
     * Whether an existing file meets today's recording standard: this format, and at least
     * {@code seeds} seeds. {@code -Dclaimcheck.record=missing} re-records a file that does not,
     * which is what makes an interrupted re-recording resumable.
     */
    public boolean meetsStandard(Path file, int seeds) {
        try {
            var tree = JSON.readTree(file.toFile());
            return tree.path("format").asInt(-1) == ExpectedFile.FORMAT && tree.path("provenance").path("seeds").size() >= seeds;
        } catch (IOException e) {
            return false;
        }
    }

    /** When the file was recorded (provenance.recordedAt), or "" where it cannot be read. */
    public String recordedAt(Path file) {
        try {
            return JSON.readTree(file.toFile()).path("provenance").path("recordedAt").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    public ExpectedFile read(Path file) {
        ExpectedFile expected;
        try {
            checkFormat(file, JSON.readTree(file.toFile()).path("format").asInt(-1));
            expected = JSON.readValue(file.toFile(), ExpectedFile.class);
        } catch (JsonProcessingException e) {
            throw new ExpectedFileException(file, JsonErrors.describe(e), e);
        } catch (IOException e) {
            throw new ExpectedFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        validate(file, expected);
        return expected;
    }

    /** Read before the fields, so that a file of another format says so instead of naming a missing field. */
    private static void checkFormat(Path file, int format) {
        if (format != ExpectedFile.FORMAT) {
            throw new ExpectedFileException(file, "field 'format' is " + format + ", this harness reads format " + ExpectedFile.FORMAT
                    + (format == 1 || format == 2 ? " (format " + format + " held bands from the min/max of 5 seeds; format 3 holds"
                    + " prediction bands from at least 10, their leave-one-seed-out check and the run's stability: re-record with"
                    + " scripts/record-all or -Dclaimcheck.record=missing)" : ""), null);
        }
    }

    private static void validate(Path file, ExpectedFile expected) {
        checkFormat(file, expected.format());
        LeaveOneSeedOut loo = expected.leaveOneSeedOut();
        if (loo.seeds() != expected.provenance().seeds().size() || loo.passed() < 0 || loo.passed() > loo.seeds()) {
            throw new ExpectedFileException(file, "field 'leaveOneSeedOut' says " + loo.passed() + " of " + loo.seeds()
                    + " seeds, but 'provenance.seeds' lists " + expected.provenance().seeds().size(), null);
        }
        if (expected.curves().isEmpty()) {
            throw new ExpectedFileException(file, "field 'curves' is empty", null);
        }
        for (Curve curve : Curve.values()) {
            if (expected.curves().get(curve.key()) == null) {
                throw new ExpectedFileException(file, "field 'curves." + curve.key() + "' is missing", null);
            }
        }
        expected.curves().forEach((name, curve) -> {
            List<double[]> points = curve.points();
            for (int i = 0; i < points.size(); i++) {
                double[] p = points.get(i);
                String where = "field 'curves." + name + ".points[" + i + "]'";
                if (p == null || p.length != 4) {
                    throw new ExpectedFileException(file, where + " must be [epoch, lower, upper, canonical]", null);
                }
                if (p[0] != i + 1) {
                    throw new ExpectedFileException(file, where + " is for epoch " + p[0] + ", expected epoch " + (i + 1), null);
                }
                if (!(p[1] > 0 && p[1] <= p[2] && Double.isFinite(p[2]))) {
                    throw new ExpectedFileException(file, where + " needs 0 < lower <= upper < infinity, got lower " + p[1] + ", upper " + p[2], null);
                }
            }
        });
    }

    /** Writes through a temporary file in the same folder and an atomic rename: never half a file. */
    public void write(Path file, Object content) {
        try {
            AtomicWrite.write(file, temporary -> {
                JSON.writer(new OnePointPerLine()).writeValue(temporary.toFile(), content);
                Files.writeString(temporary, "\n", java.nio.file.StandardOpenOption.APPEND);
            });
        } catch (IOException e) {
            throw new ExpectedFileException(file, "cannot be written: " + e.getMessage(), e);
        }
    }

    public void deleteObtained(Path expected) {
        try {
            Files.deleteIfExists(obtainedPath(expected));
        } catch (IOException e) {
            throw new ExpectedFileException(obtainedPath(expected), "cannot be deleted: " + e.getMessage(), e);
        }
    }
}
