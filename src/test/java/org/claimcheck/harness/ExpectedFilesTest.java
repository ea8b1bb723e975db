package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.expect.ExpectedBands;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.Stability;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every expected file in the repository reads, is stored under its own arithmetic key, and is exactly what the harness writes. */
@Tag("harness")
class ExpectedFilesTest {
    static final Path EXPECTED = Path.of("expected");

    static List<Path> expectedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(EXPECTED)) {
            return files.filter(p -> p.getFileName().toString().matches("(cpu|gpu)-.*\\.json") && !p.toString().endsWith(".obtained.json")
                    && !p.toString().endsWith(".golden.json")).sorted().toList();
        }
    }

    @Test
    void everyExpectedFileIsKeyedByItsArithmeticAndRewritesByteForByte(@TempDir Path temp) throws IOException {
        List<Path> files = expectedFiles();
        assertFalse(files.isEmpty());
        ExpectedStore store = new ExpectedStore(EXPECTED);
        for (Path file : files) {
            ExpectedFile expected = store.read(file);
            String key = file.getFileName().toString().replaceFirst("\\.json$", "");
            assertEquals(key, expected.key(), file + ": key");
            assertEquals(key, expected.provenance().arithmetic(), file + ": provenance.arithmetic");
            assertEquals(key, "cpu-openblas-" + expected.provenance().blasKernel().toLowerCase(java.util.Locale.ROOT), file + ": kernel");
            Path rewritten = temp.resolve(file.getFileName());
            store.write(rewritten, expected);
            assertEquals(Files.readString(file), Files.readString(rewritten), file + " is not as the harness writes it");
        }
    }

    /** An arithmetic without bands of its own keeps golden values for runs some banded arithmetic judges, with the same spec. */
    @Test
    void everyGoldenValuesFileBelongsToABandedRunWithTheSameSpec() throws IOException {
        ExpectedStore store = new ExpectedStore(EXPECTED);
        List<Path> golden;
        try (Stream<Path> files = Files.walk(EXPECTED)) {
            golden = files.filter(p -> p.toString().endsWith(".golden.json")).sorted().toList();
        }
        for (Path file : golden) {
            String key = file.getFileName().toString().replaceFirst("\\.golden\\.json$", "");
            String claim = file.getParent().getParent().getFileName().toString();
            String run = file.getParent().getFileName().toString();
            var values = store.golden(claim, run, key).orElseThrow();
            Path banded = store.lookup(claim, run, key).orElseThrow(() -> new AssertionError(file + ": no banded file judges this run")).file();
            assertEquals(store.read(banded).spec(), values.spec(), file + ": recorded for another spec than " + banded);
            assertEquals(key, values.provenance().arithmetic(), file + ": provenance.arithmetic");
        }
    }

    /** Issue 12's standard: a band from at least 10 seeds, its leave-one-seed-out result, and a measured stability label. */
    @Test
    void everyExpectedFileHasTenSeedsItsLeaveOneSeedOutResultAndAStabilityLabel() throws IOException {
        ExpectedStore store = new ExpectedStore(EXPECTED);
        for (Path file : expectedFiles()) {
            ExpectedFile expected = store.read(file);
            assertTrue(expected.provenance().seeds().size() >= ExpectedBands.MIN_SEEDS, file + ": " + expected.provenance().seeds().size() + " seeds");
            assertEquals(expected.provenance().seeds().size(), expected.leaveOneSeedOut().seeds(), file + ": leave-one-seed-out");
            assertNotEquals(Stability.Label.NOT_MEASURED, expected.stability().label(), file + ": stability not measured (scripts/record-all)");
            assertFalse(expected.stability().perturbations().isEmpty(), file + ": stability without perturbations");
        }
    }
}
