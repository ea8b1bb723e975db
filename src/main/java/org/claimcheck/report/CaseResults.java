package org.claimcheck.report;

import org.claimcheck.report.CaseResult;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimcheck.io.AtomicWrite;

/**
 * Writes and reads the {@code results/} folder of a reports directory:
 * {@code results/<set>/<claim>/<case>.<backend>.json}, so shards of one set and sets from
 * several machines can be copied into one folder without clashing.
 */
public final class CaseResults {
    public static final String FOLDER = "results";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CaseResults() {
    }

    public static Path path(Path reportsDir, CaseResult result) {
        return reportsDir.resolve(FOLDER).resolve(result.set()).resolve(result.claim().id())
                .resolve(slug(result.caseName()) + "." + result.backend() + ".json");
    }

    /** Writes through a temporary file and a rename, so a reader never sees half a result. */
    public static void write(Path reportsDir, CaseResult result) {
        Path file = path(reportsDir, result);
        try {
            AtomicWrite.write(file, temporary -> JSON.writeValue(temporary.toFile(), result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the case result " + file, e);
        }
    }

    /** Every case result under {@code <reportsDir>/results}, sorted by claim, case and backend. */
    public static List<CaseResult> read(Path reportsDir) {
        Path folder = reportsDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(reportsDir + " is not a result set: it has no " + FOLDER
                    + "/ folder (a claim run writes one, e.g. reports/results after mvn test -Dgroups=claim)");
        }
        List<CaseResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                results.add(readOne(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the result set " + folder, e);
        }
        results.sort(Comparator.comparing(CaseResult::key));
        return results;
    }

    static CaseResult readOne(Path file) {
        try {
            CaseResult result = JSON.readValue(file.toFile(), CaseResult.class);
            if (result.format() != CaseResult.FORMAT) {
                throw new IllegalArgumentException(file + ": field 'format' is " + result.format() + ", this harness reads format "
                        + CaseResult.FORMAT);
            }
            if (result.claim() == null || result.caseName() == null || result.backend() == null || result.set() == null) {
                throw new IllegalArgumentException(file + ": fields 'claim', 'caseName', 'backend' and 'set' are required");
            }
            return result;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a readable case result: " + e.getMessage(), e);
        }
    }

    static String slug(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
        // the hash keeps two cases apart whose names differ only in punctuation
        return (slug.isEmpty() ? "case" : slug) + "-" + String.format(Locale.ROOT, "%08x", text.hashCode());
    }
}
