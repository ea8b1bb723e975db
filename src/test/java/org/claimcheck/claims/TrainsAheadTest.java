package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimcheck.junit.DeclaredRuns;
import org.claimcheck.spec.RunSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The runs a class that trains ahead starts at once: each declared seeded run once, the longest first. */
@Tag("harness")
class TrainsAheadTest {

    @Test
    void theCirclesClassStartsItsTenDistinctRunsWithTheDeepNetsFirst() {
        List<RunSpec> runs = DeclaredRuns.of(NnbpCirclesTest.class);
        Set<RunSpec> declared = Stream.of(NnbpCirclesTest.ACTIVATION_RUNS, NnbpCirclesTest.DEPTH_RUNS, NnbpCirclesTest.INIT_RUNS)
                .flatMap(map -> map.values().stream()).collect(Collectors.toSet());
        assertEquals(declared, Set.copyOf(runs));
        assertEquals(10, runs.size());
        assertEquals(Set.of(NnbpCirclesTest.DEPTH_RUNS.get("relu-deep"), NnbpCirclesTest.DEPTH_RUNS.get("sigmoid-deep")),
                Set.copyOf(runs.subList(0, 2)));
    }

    @Test
    void theLab4ClassStartsItsThreeThousandUpdateRunsBeforeTheMultiStepOne() {
        List<RunSpec> runs = DeclaredRuns.of(Lab4OptimizersTest.class);
        assertEquals(6, runs.size());
        assertEquals(Lab4OptimizersTest.MULTISTEP_RUNS.get("multistep"), runs.get(5));
    }
}
