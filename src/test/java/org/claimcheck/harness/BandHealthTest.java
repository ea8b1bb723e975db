package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimcheck.report.sets.BandHealth;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("harness")
class BandHealthTest {

    @Test
    void noFailureInNTrialsBoundsTheRateByOneMinusTheNthRootOfFivePercent() {
        assertEquals(1 - Math.pow(0.05, 1.0 / 300), BandHealth.upperBound(0, 300), 1e-9, "the exact binomial bound; about 3/n");
    }

    @Test
    void theBoundOfSomeFailuresIsTheBetaQuantile() {
        // one failure in 10: the one-sided 95 % Clopper-Pearson bound is 0.3942 (tables)
        assertEquals(0.3942, BandHealth.upperBound(1, 10), 1e-4);
        assertEquals(1.0, BandHealth.upperBound(5, 5));
    }
}
