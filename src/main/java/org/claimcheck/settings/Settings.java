package org.claimcheck.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.claimcheck.claims.CaseJudgement;
import org.claimcheck.claims.SeedRobustnessCheck;
import org.claimcheck.env.Backend;
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
public record Settings(RecordMode record, int bandSeeds, int robustnessSeeds, boolean robustnessRecord, boolean exact, boolean strict,
                       int workers, Shard shard, List<Backend> backends, Backend backend, String resultSet, int ompThreads) {

    public static Settings fromSystemProperties() {
        return read(System.getProperties()::getProperty, System.getenv());
    }

    /** The settings from {@code property} (a system-property lookup) and {@code environment}; throws naming every bad one. */
    public static Settings read(java.util.function.UnaryOperator<String> property, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        Settings settings = new Settings(
                value(problems, RecordMode.OFF, () -> RecordMode.parse(orEmpty(property.apply(RecordMode.PROPERTY)))),
                value(problems, 0, () -> atLeast(property, ExpectedBands.SEEDS_PROPERTY, ExpectedBands.MIN_SEEDS, ExpectedBands.MIN_SEEDS,
                        "seeds per band")),
                value(problems, 0, () -> atLeast(property, SeedRobustnessCheck.SEEDS_PROPERTY, SeedRobustnessCheck.MIN_SEEDS,
                        SeedRobustnessCheck.MIN_SEEDS, "seed pairs per robustness entry")),
                value(problems, true, () -> bool(property, SeedRobustnessCheck.RECORD_PROPERTY, true)),
                value(problems, true, () -> bool(property, ExpectedBands.EXACT_PROPERTY, true)),
                value(problems, false, () -> bool(property, CaseJudgement.STRICT_PROPERTY, false)),
                value(problems, 1, RunPool::workers),
                value(problems, null, Shard::fromSystemProperty),
                value(problems, List.of(), Backend::withCases),
                value(problems, Backend.CPU, Backend::requested),
                value(problems, "", ResultSet::name),
                value(problems, 0, () -> ompThreads(environment.get("OMP_NUM_THREADS"))));
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

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static int atLeast(java.util.function.UnaryOperator<String> property, String name, int fallback, int minimum, String what) {
        String text = property.apply(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= minimum) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + name + "=" + text + ": " + what + " must be a whole number of at least " + minimum);
    }

    private static boolean bool(java.util.function.UnaryOperator<String> property, String name, boolean fallback) {
        String text = property.apply(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("-D" + name + "=" + text + " is not true or false (default " + fallback + ")");
        }
        return Boolean.parseBoolean(value);
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
