package org.claimcheck.expect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
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

    /** Where an arithmetic without bands of its own keeps its golden values: {@code <key>.golden.json}. */
    public Path goldenPath(String claim, String run, String key) {
        return root.resolve(claim).resolve(run).resolve(key + ".golden.json");
    }

    /** The golden values of {@code key} for this run, if recorded; a damaged file says so by name. */
    public Optional<GoldenFile> golden(String claim, String run, String key) {
        Path file = goldenPath(claim, run, key);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            GoldenFile golden = JSON.readValue(file.toFile(), GoldenFile.class);
            if (golden.format() != GoldenFile.FORMAT || !golden.key().equals(key) || golden.curves() == null || golden.provenance() == null) {
                throw new ExpectedFileException(file, "is not a golden-values file of format " + GoldenFile.FORMAT + " for " + key, null);
            }
            for (Curve curve : Curve.values()) {
                if (golden.curves().get(curve.key()) == null || golden.curves().get(curve.key()).isEmpty()) {
                    throw new ExpectedFileException(file, "field 'curves." + curve.key() + "' is missing or empty", null);
                }
            }
            return Optional.of(golden);
        } catch (JsonProcessingException e) {
            throw new ExpectedFileException(file, JsonErrors.describe(e), e);
        } catch (IOException e) {
            throw new ExpectedFileException(file, "cannot be read: " + e.getMessage(), e);
        }
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

    /** The expected files in a run's folder, sorted by name, without the .obtained.json and .golden.json ones. */
    private static List<Path> expectedFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().endsWith(".obtained.json")
                            && !p.getFileName().toString().endsWith(".golden.json"))
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
            checkFormat(file, JSON.readTree(file.toFile()));
            expected = JSON.readValue(file.toFile(), ExpectedFile.class);
        } catch (JsonProcessingException e) {
            throw new ExpectedFileException(file, JsonErrors.describe(e), e);
        } catch (IOException e) {
            throw new ExpectedFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        validate(file, expected);
        return expected;
    }

    /** Read before the fields, so that a file of another format (or none) says so instead of naming a missing field. */
    private static void checkFormat(Path file, JsonNode tree) {
        if (tree == null || tree.isMissingNode()) {
            throw new ExpectedFileException(file, "is empty: an expected file is a JSON object with \"format\" : " + ExpectedFile.FORMAT, null);
        }
        if (!tree.isObject()) {
            throw new ExpectedFileException(file, "is not a JSON object but " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ": an expected file is a JSON object with \"format\" : " + ExpectedFile.FORMAT, null);
        }
        JsonNode format = tree.get("format");
        if (format == null) {
            throw new ExpectedFileException(file, "has no field 'format' (this harness reads format " + ExpectedFile.FORMAT + ")", null);
        }
        if (!format.isInt()) {
            throw new ExpectedFileException(file, "field 'format' is " + format + ", not a whole number (this harness reads format "
                    + ExpectedFile.FORMAT + ")", null);
        }
        if (format.intValue() != ExpectedFile.FORMAT) {
            throw new ExpectedFileException(file, "field 'format' is " + format.intValue() + ", this harness reads format " + ExpectedFile.FORMAT
                    + (format.intValue() >= 1 && format.intValue() < ExpectedFile.FORMAT ? " (format 4 adds each run's rounding band, the"
                    + " band another arithmetic is held to, and bands that reach the step where the canonical run diverged: re-record with"
                    + " scripts/record-all)" : ""), null);
        }
    }

    private static void validate(Path file, ExpectedFile expected) {
        requireFields(file, expected);
        String name = file.getFileName().toString();
        if (!name.equals(expected.key() + ".json")) {
            throw new ExpectedFileException(file, "field 'key' says " + expected.key() + ", but the file is named " + name
                    + ": a file holds the expectations of the arithmetic it is named after", null);
        }
        if (!expected.key().equals(expected.provenance().arithmetic())) {
            throw new ExpectedFileException(file, "field 'key' says " + expected.key() + ", but 'provenance.arithmetic' says "
                    + expected.provenance().arithmetic(), null);
        }
        LeaveOneSeedOut loo = expected.leaveOneSeedOut();
        if (loo.seeds() != expected.provenance().seeds().size() || loo.passed() < 0 || loo.passed() > loo.seeds()) {
            throw new ExpectedFileException(file, "field 'leaveOneSeedOut' says " + loo.passed() + " of " + loo.seeds()
                    + " seeds, but 'provenance.seeds' lists " + expected.provenance().seeds().size(), null);
        }
        if (expected.divergence().seeds().size() != expected.provenance().seeds().size()) {
            throw new ExpectedFileException(file, "field 'divergence.seeds' lists " + expected.divergence().seeds().size()
                    + " steps, but 'provenance.seeds' lists " + expected.provenance().seeds().size() + " seeds", null);
        }
        if (expected.curves().isEmpty()) {
            throw new ExpectedFileException(file, "field 'curves' is empty", null);
        }
        for (Curve curve : Curve.values()) {
            if (expected.curves().get(curve.key()) == null) {
                throw new ExpectedFileException(file, "field 'curves." + curve.key() + "' is missing", null);
            }
        }
        int columns = expected.stability().measured() ? 6 : 4;
        expected.curves().forEach((name2, curve) -> {
            List<double[]> points = curve.points();
            if (points.isEmpty()) {
                throw new ExpectedFileException(file, "field 'curves." + name2 + ".points' is empty: a band with no points would pass any curve", null);
            }
            for (int i = 0; i < points.size(); i++) {
                double[] p = points.get(i);
                String where = "field 'curves." + name2 + ".points[" + i + "]'";
                if (p == null || p.length != columns) {
                    throw new ExpectedFileException(file, where + " must be [epoch, lower, upper, canonical"
                            + (columns == 6 ? ", roundingLower, roundingUpper] (the rounding is measured)" : "] (the rounding is not measured)"), null);
                }
                if (p[0] != i + 1) {
                    throw new ExpectedFileException(file, where + " is for epoch " + p[0] + ", expected epoch " + (i + 1), null);
                }
                checkLimits(file, where, "", p[1], p[2]);
                if (columns == 6) {
                    checkLimits(file, where, " in its rounding band", p[4], p[5]);
                }
            }
        });
    }

    /**
     * Every field that must have a value has one: an explicit null is refused here by name (a null
     * means "never" only for divergence steps, and "not measured" only for a rounding rule).
     */
    private static void requireFields(Path file, ExpectedFile expected) {
        for (var component : ExpectedFile.class.getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(expected) == null) {
                    throw new ExpectedFileException(file, "field '" + component.getName() + "' is null", null);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (expected.stability().label() == null || expected.stability().perturbations() == null
                || (expected.stability().measured() && expected.stability().rule() == null)) {
            throw new ExpectedFileException(file, "field 'stability' needs a label, its perturbations and, once measured, its rule", null);
        }
        if (expected.divergence().seeds() == null || expected.provenance().seeds() == null) {
            throw new ExpectedFileException(file, "fields 'divergence.seeds' and 'provenance.seeds' must be lists", null);
        }
    }

    private static void checkLimits(Path file, String where, String which, double lower, double upper) {
        if (!(lower > 0 && lower <= upper && Double.isFinite(upper))) {
            throw new ExpectedFileException(file, where + " needs 0 < lower <= upper < infinity" + which + ", got lower " + lower + ", upper "
                    + upper, null);
        }
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
