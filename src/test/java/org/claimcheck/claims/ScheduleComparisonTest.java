package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** LRF-SCHED's comparison of the lr used with lr0 · 10^(it/k) as Python computed it; and that reference itself. */
@Tag("harness")
class ScheduleComparisonTest {

    @Test
    void aRunThatStoppedEarlyCountsItsMissingIterationsAsDifferingInsteadOfCrashing() {
        double[] used = {1e-5, 1e-5 * Math.pow(10, 0.1)};
        var comparison = LrfTest.ScheduleComparison.of(used, ReferenceSchedules.values("finder-1e-5-k10"));
        assertEquals(52, comparison.differing());
        assertEquals("not reached", comparison.rows().get(2).get(1));
    }

    @Test
    void theExactScheduleDiffersNowhere() {
        double[] used = new double[54];
        for (int it = 0; it < used.length; it++) {
            used[it] = 1e-5 * Math.pow(10, it / 10.0);
        }
        assertEquals(0, LrfTest.ScheduleComparison.of(used, ReferenceSchedules.values("finder-1e-5-k10")).differing());
        double[] tooMany = java.util.Arrays.copyOf(used, 55);
        assertEquals(1, LrfTest.ScheduleComparison.of(tooMany, ReferenceSchedules.values("finder-1e-5-k10")).differing(), "one value too many counts too");
    }

    @Test
    void theReferenceValuesWereComputedApartFromTheJavaSchedules() {
        assertEquals(54, ReferenceSchedules.values("finder-1e-5-k10").length);
        assertEquals(300, ReferenceSchedules.values("triangular").length);
        org.junit.jupiter.api.Assertions.assertTrue(ReferenceSchedules.source().startsWith("src/test/resources/reference/schedules.py (CPython"));
    }

    @Test
    void anEmptyRunHasEvidenceToo() {
        assertEquals("54 of 54 differ; 0 lr values used; first not reached, last not reached",
                LrfTest.ScheduleComparison.of(new double[0], ReferenceSchedules.values("finder-1e-5-k10")).evidence());
    }
}
