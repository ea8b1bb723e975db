package org.claimcheck.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.claimcheck.claims.CaseJudgement;
import org.claimcheck.claims.SeedRobustnessCheck;
import org.claimcheck.env.Backend;
import org.claimcheck.env.Property;
import org.claimcheck.expect.ExpectedBands;
import org.claimcheck.expect.RecordMode;
import org.claimcheck.report.ResultSet;
import org.claimcheck.suite.Shard;
import org.claimcheck.training.RunPool;

/**
 * Every claimcheck setting, read once from the system properties (and OMP_NUM_THREADS from the
 * environment) and validated together before any test runs: a bad value stops the run with one
 * line per bad setting, naming it, instead of surfacing later inside a test, a service loader or
 * a crashed JVM. README's Settings table lists them all.
 */
public record Settings(RecordMode record, java.util.Optional<java.time.Instant> recordSince, int bandSeeds, int robustnessSeeds, boolean robustnessRecord, boolean exact, boolean strict,
                       int workers, Shard shard, List<Backend> backends, Backend backend, java.util.Optional<String> resultSet, int ompThreads,
                       java.util.Optional<org.claimcheck.training.UlpNoise> ulpNoise, java.nio.file.Path expectedDir, java.nio.file.Path reportsDir) {

    public static Settings fromSystemProperties() {
        return fromSystemProperties(System.getenv());
    }

    /** The settings from the system properties and {@code environment}, each read by the parser its user calls; throws naming every bad one. */
    public static Settings fromSystemProperties(Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        Settings settings = new Settings(
                value(problems, RecordMode.OFF, RecordMode::fromSystemProperty),
                value(problems, java.util.Optional.empty(), RecordMode::sinceFromSystemProperty),
                value(problems, 0, ExpectedBands::seedsFromSystemProperty),
                value(problems, 0, SeedRobustnessCheck::seedsFromSystemProperty),
                value(problems, true, () -> Property.bool(SeedRobustnessCheck.RECORD_PROPERTY, true)),
                value(problems, true, ExpectedBands::exactFromSystemProperty),
                value(problems, false, CaseJudgement::strictFromSystemProperty),
                value(problems, 1, RunPool::workers),
                value(problems, null, Shard::fromSystemProperty),
                value(problems, List.of(), Backend::withCases),
                value(problems, Backend.CPU, Backend::requested),
                value(problems, java.util.Optional.empty(), ResultSet::named),
                value(problems, 0, () -> ompThreads(environment.get("OMP_NUM_THREADS"))),
                value(problems, java.util.Optional.empty(), org.claimcheck.training.UlpNoise::fromSystemProperty),
                value(problems, java.nio.file.Path.of("expected"), () -> checkedExpectedDir(recordOrOff())),
                value(problems, java.nio.file.Path.of("reports"), Settings::checkedReportsDir));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("claimcheck cannot start, " + problems.size() + " bad setting" + (problems.size() > 1 ? "s" : "")
                    + ":\n  " + String.join("\n  ", problems) + "\nREADME, section Settings, lists every setting and its values.");
        }
        return settings;
    }

    /** The setting, or {@code fallback} with its problem noted (so that every bad setting is named at once). */
    private static <T> T value(List<String> problems, T fallback, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return fallback;
        }
    }

    /** The record mode, or off where it is bad (that setting's own entry names it). */
    private static RecordMode recordOrOff() {
        try {
            return RecordMode.fromSystemProperty();
        } catch (IllegalArgumentException e) {
            return RecordMode.OFF;
        }
    }

    /** The expected folder must exist unless this run records (then it is created). */
    static java.nio.file.Path checkedExpectedDir(RecordMode record) {
        java.nio.file.Path dir = org.claimcheck.expect.ExpectedStore.fromSystemProperty().root();
        if (record == RecordMode.OFF && !java.nio.file.Files.isDirectory(dir)) {
            throw new IllegalArgumentException("-D" + org.claimcheck.expect.ExpectedStore.PROPERTY + "=" + dir + ": no such folder ("
                    + dir.toAbsolutePath() + "); the expected files ship in expected/ (the default), or record new ones with -D"
                    + RecordMode.PROPERTY + "=missing");
        }
        return dir;
    }

    /** The reports folder must be writable: a run that cannot write its report loses it. */
    static java.nio.file.Path checkedReportsDir() {
        java.nio.file.Path dir = org.claimcheck.report.ReportsDir.root();
        try {
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.delete(java.nio.file.Files.createTempFile(dir, ".writable", ".probe"));
            return dir;
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("-D" + org.claimcheck.report.ReportsDir.PROPERTY + "=" + dir + ": the reports folder cannot be"
                    + " written (" + e + ")");
        }
    }

    private static int ompThreads(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("OMP_NUM_THREADS=" + text + " (set from -Dclaimcheck.threads): ND4J's OpenMP threads must be a whole"
                + " number of at least 1");
    }
}
