package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.claimcheck.spec.RunSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * LAB4's runs train the lab's length: its 5 epochs of 60 000 images are 3 000 updates at batch 100,
 * so every run stops after {@link Lab4OptimizersTest#LAB_STEPS} updates of the 8 000-image split.
 * The one exception is the multi-step schedule, whose claim and milestones are in epochs.
 */
@Tag("harness")
class LabLengthTest {

    @Test
    void everyLab4RunButTheMultiStepOneTrainsTheLabsThreeThousandUpdates() {
        Map<String, RunSpec> runs = new LinkedHashMap<>();
        Lab4OptimizersTest.OPTIMIZER_RUNS.forEach((name, spec) -> runs.put("LAB4-MOMENTUM/" + name, spec));
        Lab4OptimizersTest.GROUP_RUNS.forEach((name, spec) -> runs.put("LAB4-PARAM-GROUPS/" + name, spec));
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Integer> actual = new LinkedHashMap<>();
        runs.forEach((name, spec) -> {
            expected.put(name, Lab4OptimizersTest.LAB_STEPS);
            actual.put(name, spec.updates(8_000));
        });
        assertEquals(expected, actual, "updates per LAB4 run");
    }
}
