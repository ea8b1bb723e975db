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

    /** Gumbel by moments: for maxima spread like a Gumbel(0.2, 0.05), using more than the whole band (1) is all but impossible. */
    @Test
    void theGumbelTailOfSuiteMaximaIsTinyFarAboveThemAndLargeWithinThem() {
        double[] maxima = {0.15, 0.18, 0.2, 0.21, 0.23, 0.25, 0.27, 0.3, 0.33, 0.4};
        double far = org.claimcheck.report.sets.RoundingHealthAccess.gumbelExceedance(maxima, 1);
        assertEquals(0.0, far, 1e-5, "1 lies about 13 scales above the location");
        double within = org.claimcheck.report.sets.RoundingHealthAccess.gumbelExceedance(maxima, 0.2);
        assertEquals(0.68, within, 0.1, "about two thirds of such suites use more than 0.2 of a band");
    }
}
