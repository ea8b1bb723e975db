package org.claimcheck.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.claimcheck.training.FreshJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 3: a case that broke (its method threw, or judging it did) keeps its row in
 * claims.md and its result file, saying "broken" and why, instead of vanishing from the report.
 * The two broken cases of {@link BrokenCases} run in a JVM of their own, so this run's reports
 * are not touched.
 */
@Tag("harness")
class BrokenCaseKeepsItsRowTest {
    @Test
    void aCaseThatBrokeStillHasItsRowAndItsResultFileWithTheReason(@TempDir Path folder) throws Exception {
        Path expected = Files.createDirectories(folder.resolve("expected/L12-FIT"));
        Files.writeString(expected.resolve("verdicts.json"), "[ { \"case\" : ");
        Path reports = folder.resolve("reports");
        List<String> command = FreshJvm.command(Map.of("claimcheck.reports.dir", reports.toString(), "claimcheck.claims.table",
                reports.resolve("claims.md").toString(), "claimcheck.expected.dir", folder.resolve("expected").toString(),
                "claimcheck.passed.marker", folder.resolve("passed").toString(), "allure.results.directory",
                folder.resolve("allure-results").toString()), BrokenCases.class);
        Path log = folder.resolve("output.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the broken cases' JVM did not finish in 5 minutes");
        String output = Files.readString(log);

        String claims = Files.readString(reports.resolve("claims.md"));
        for (String title : List.of("throws before it is judged", "judged against a malformed verdicts file")) {
            String row = claims.lines().filter(line -> line.contains(title)).findFirst().orElse("");
            assertTrue(row.contains("broken"), "claims.md has no 'broken' row for '" + title + "':\n" + claims + "\n" + output);
        }
        assertTrue(claims.contains("planted: the claim method threw"), claims);
        assertTrue(claims.contains("verdicts.json"), "the malformed file is named:\n" + claims);
        try (Stream<Path> files = Files.walk(reports.resolve("results"))) {
            List<String> results = files.filter(f -> f.toString().endsWith(".json")).map(BrokenCaseKeepsItsRowTest::read).toList();
            assertEquals(2, results.size(), "one result file per case: " + results);
            assertTrue(results.stream().allMatch(r -> r.contains("\"BROKEN\"")), String.join("\n", results));
        }
        assertEquals(2, output.lines().filter(line -> line.contains("INFRASTRUCTURE BROKE")).count(), "a console line per broken case:\n" + output);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
