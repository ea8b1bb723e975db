package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** LRF-SCHED's comparison of the lr used with lr0 · 10^(it/k). */
@Tag("harness")
class ScheduleComparisonTest {

    @Test
    void aRunThatStoppedEarlyCountsItsMissingIterationsAsDifferingInsteadOfCrashing() {
        double[] used = {1e-5, 1e-5 * Math.pow(10, 0.1)};
        var comparison = LrfTest.ScheduleComparison.of(used, 1e-5, 10, 54);
        assertEquals(52, comparison.differing());
        assertEquals("not reached", comparison.rows().get(2).get(1));
    }

    @Test
    void theExactScheduleDiffersNowhere() {
        double[] used = new double[54];
        for (int it = 0; it < used.length; it++) {
            used[it] = 1e-5 * Math.pow(10, it / 10.0);
        }
        assertEquals(0, LrfTest.ScheduleComparison.of(used, 1e-5, 10, 54).differing());
        assertEquals(1, LrfTest.ScheduleComparison.of(new double[55], 0, 10, 54).differing() - 0, "one value too many counts too");
    }

    @Test
    void anEmptyRunHasEvidenceToo() {
        assertEquals("54 of 54 differ; 0 lr values used; first not reached, last not reached",
                LrfTest.ScheduleComparison.of(new double[0], 1e-5, 10, 54).evidence());
    }
}
