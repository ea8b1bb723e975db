package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.RecordMode;
import org.claimcheck.expect.RobustnessStore;
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
                List.of(SeedRobustnessCheckTest::evenShift, runs -> true)).orElseThrow();
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
        assertEquals(java.util.Optional.empty(), check.judge("L13-OPT", "a-case", "cpu", Map.of("run", SPEC), List.of(runs -> true)));
    }
}
