package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.RecordMode;
import org.claimcheck.expect.RobustnessStore;
import org.claimcheck.expect.SeedNumbers;
import org.claimcheck.expect.SeedRobustness;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed robustness is the case's: all its seed-dependent relations together, recorded once. */
@Tag("harness")
class SeedRobustnessCheckTest {
    @TempDir
    Path root;

    private static final RunSpec SPEC = RunSpec.banknote(6, 6).batch(32, 3);

    /** A stand-in for training: a run whose only content is its seeds. */
    private static RecordedRun fake(RunSpec spec) {
        return new RecordedRun(spec, spec.initSeed(), spec.orderSeed(), new double[0], new double[0], new double[0], new long[0],
                new long[0], new double[0], new double[0], new double[0], null, new double[0], new double[0]);
    }

    private static boolean evenShift(Map<String, RecordedRun> runs) {
        return (runs.get("run").initSeed() - RunSpec.LECTURE_INIT_SEED) % 2 == 0;
    }

    @Test
    void aCaseWithTwoRelationsRecordsBothTogetherNotTheLastOne() {
        RobustnessStore store = new RobustnessStore(new ExpectedStore(root));
        var check = new SeedRobustnessCheck(store, RecordMode.MISSING, java.util.Optional.empty(), true, 10, "cpu-test", SeedRobustnessCheckTest::fake, specs -> {
        });
        SeedRobustness recorded = check.judge("L13-OPT", "a-case", "cpu", Map.of("run", SPEC),
                List.of(relation(1, SeedRobustnessCheckTest::evenShift), relation(2, runs -> true))).orElseThrow();
        assertEquals(5, recorded.holds(), "holds for the even shifts only: the first relation fails on the odd ones");
        assertEquals(List.of(0, 2, 4, 6, 8), recorded.holdsFor());
        assertEquals(recorded, store.lookup("L13-OPT", "a-case", "cpu").orElseThrow(), "one entry for the case");
    }

    @Test
    void withoutRecordingTheStoredEntryIsRead() {
        RobustnessStore store = new RobustnessStore(new ExpectedStore(root));
        var check = new SeedRobustnessCheck(store, RecordMode.OFF, java.util.Optional.empty(), true, 10, "cpu-test", spec -> {
            throw new AssertionError("nothing is trained when not recording");
        }, specs -> {
        });
        assertEquals(java.util.Optional.empty(), check.judge("L13-OPT", "a-case", "cpu", Map.of("run", SPEC), List.of(relation(1, runs -> true))));
    }

    private static SeedRobustnessCheck.SeedRelation relation(int finding, java.util.function.Predicate<Map<String, RecordedRun>> holds, Measure... measures) {
        return new SeedRobustnessCheck.SeedRelation(finding, List.of("run"), holds, List.of(measures));
    }

    /** The init seed's shift from the lecture's: a number that differs on every seed pair. */
    private static final Measure SHIFT = Measure.perRun("seed shift", r -> r.initSeed() - RunSpec.LECTURE_INIT_SEED);

    @Test
    void theNumbersOfEachFindingAreRecordedOnEverySeed() {
        RobustnessStore store = new RobustnessStore(new ExpectedStore(root));
        var check = new SeedRobustnessCheck(store, RecordMode.MISSING, java.util.Optional.empty(), true, 10, "cpu-test", SeedRobustnessCheckTest::fake, specs -> {
        });
        SeedRobustness recorded = check.judge("L13-OPT", "a-case", "cpu", Map.of("run", SPEC),
                List.of(relation(2, runs -> true, SHIFT))).orElseThrow();
        assertEquals(List.of(new SeedNumbers(2, "seed shift", "run", List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0))), recorded.numbers());
        assertEquals(recorded, store.lookup("L13-OPT", "a-case", "cpu").orElseThrow(), "the numbers are written and read back");
    }

    @Test
    void neverAndNonFiniteNumbersAreWrittenAndReadBack() {
        RobustnessStore store = new RobustnessStore(new ExpectedStore(root));
        var check = new SeedRobustnessCheck(store, RecordMode.MISSING, java.util.Optional.empty(), true, 10, "cpu-test", SeedRobustnessCheckTest::fake, specs -> {
        });
        Measure never = Measure.perRun("epochs to τ", r -> (r.initSeed() - RunSpec.LECTURE_INIT_SEED) % 2 == 0 ? Double.POSITIVE_INFINITY : Double.NaN);
        SeedRobustness recorded = check.judge("L13-OPT", "a-case", "cpu", Map.of("run", SPEC), List.of(relation(1, runs -> true, never))).orElseThrow();
        assertEquals(recorded, store.lookup("L13-OPT", "a-case", "cpu").orElseThrow());
    }

    @Test
    void anEntryWithoutTheNumbersOfAMeasuredFindingCountsAsMissing() {
        RobustnessStore store = new RobustnessStore(new ExpectedStore(root));
        store.write("L13-OPT", new SeedRobustness("a-case", "cpu", "cpu-test", 10, 10, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), "2026-01-01T00:00:00Z", List.of()));
        var check = new SeedRobustnessCheck(store, RecordMode.MISSING, java.util.Optional.empty(), true, 10, "cpu-test", SeedRobustnessCheckTest::fake, specs -> {
        });
        SeedRobustness recorded = check.judge("L13-OPT", "a-case", "cpu", Map.of("run", SPEC), List.of(relation(1, runs -> true, SHIFT))).orElseThrow();
        assertEquals(1, recorded.numbers().size(), "recorded again, with the finding's numbers");
    }

    @Test
    void anEntryWhoseNumbersAreOfAnotherMetricCountsAsMissing() {
        RobustnessStore store = new RobustnessStore(new ExpectedStore(root));
        store.write("L13-OPT", new SeedRobustness("a-case", "cpu", "cpu-test", 10, 10, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), "2026-01-01T00:00:00Z",
                List.of(new SeedNumbers(1, "the words before a rewording", "run", List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)))));
        var check = new SeedRobustnessCheck(store, RecordMode.MISSING, java.util.Optional.empty(), true, 10, "cpu-test", SeedRobustnessCheckTest::fake, specs -> {
        });
        SeedRobustness recorded = check.judge("L13-OPT", "a-case", "cpu", Map.of("run", SPEC), List.of(relation(1, runs -> true, SHIFT))).orElseThrow();
        assertEquals(List.of("seed shift"), recorded.numbers().stream().map(SeedNumbers::metric).toList(), "recorded again under the measure's words");
    }
}
