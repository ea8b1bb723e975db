package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.expect.Band;
import org.claimcheck.expect.BandCheck;
import org.claimcheck.expect.BandRule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("harness")
class BandTest {
    private static final BandRule RULE = BandRule.DEFAULT;

    @Test
    void bandIsTheNormalPredictionIntervalForOneMoreSeedInLogSpacePlusTheFloor() {
        Band band = Band.fromSeeds(List.of(new double[] {1.0, 0.1}, new double[] {10.0, 0.1}, new double[] {100.0, 0.1}), RULE);
        // point 0: log10 values 0, 1, 2: mean 1, sd 1; t(2 df, 0.995) = 9.925 (tables), times sqrt(1 + 1/3)
        double half = 9.924843 * Math.sqrt(4.0 / 3) + 0.01;
        assertEquals(1 + half, Math.log10(band.upper()[0]), 1e-5);
        assertEquals(1 - half, Math.log10(band.lower()[0]), 1e-5);
        // point 1: no spread, only the floor
        assertEquals(0.1 * Math.pow(10, -0.01), band.lower()[1], 1e-12);
        assertEquals(0.1 * Math.pow(10, 0.01), band.upper()[1], 1e-12);
        assertEquals(1.0, band.canonical()[0], "the first curve is the canonical seed's");
    }

    @Test
    void aSeedFarFromTheOthersStillLiesInsideTheBandItHelpedBuild() {
        List<double[]> seeds = new java.util.ArrayList<>();
        for (int k = 0; k < 19; k++) {
            seeds.add(new double[] {0.69 + 0.001 * k});
        }
        seeds.add(0, new double[] {0.2}); // the canonical seed learned, 19 others are stuck near ln 2
        Band band = Band.fromSeeds(seeds, RULE);
        assertTrue(band.check(seeds.get(0), RULE).passed(), "the range of the recorded seeds is always inside");
        assertEquals(0.2 * Math.pow(10, -0.01), band.lower()[0], 1e-12);
    }

    @Test
    void moreSeedsGiveANarrowerBandForTheSameSpread() {
        assertEquals(3.250 * Math.sqrt(1.1), RULE.standardDeviations(10), 1e-3, "t(9 df, 0.995) = 3.250");
        assertEquals(2.861 * Math.sqrt(1.05), RULE.standardDeviations(20), 1e-3, "t(19 df, 0.995) = 2.861");
    }

    @Test
    void theRoomLeftIsTheDistanceOfTheFirstPointNotAllowedOutToTheNearerEdge() {
        Band band = new Band(new double[] {1, 1, 1, 1}, new double[] {100, 100, 100, 100}, new double[] {10, 10, 10, 10});
        BandRule quarterMayFail = new BandRule(0.01, 0, 0.25);
        assertEquals(1.0, band.check(new double[] {10, 10, 10, 10}, quarterMayFail).marginDecades(), 1e-12);
        assertEquals(0.5, band.check(new double[] {1000, 10, Math.sqrt(10), 10}, quarterMayFail).marginDecades(), 1e-12,
                "one point out is allowed; the next tightest is half a decade above the lower edge");
        assertTrue(band.check(new double[] {1000, 1000, 1000, 10}, quarterMayFail).marginDecades() < 0);
    }

    @Test
    void everySeedLiesInsideItsOwnBand() {
        List<double[]> seeds = List.of(new double[] {0.7, 0.3, 0.01}, new double[] {0.6, 0.35, 0.02}, new double[] {0.65, 0.2, 0.005});
        Band band = Band.fromSeeds(seeds, RULE);
        for (double[] seed : seeds) {
            assertTrue(band.check(seed, RULE).passed());
            assertEquals(0, band.check(seed, RULE).outside());
        }
    }

    @Test
    void worstPointIsTheOneFurthestOutsideInDecades() {
        Band band = new Band(new double[] {1, 1, 1, 1}, new double[] {2, 2, 2, 2}, new double[] {1.5, 1.5, 1.5, 1.5});
        BandCheck check = band.check(new double[] {1.5, 3, 0.01, 1.5}, new BandRule(0.01, 0, 0.5));
        assertEquals(2, check.outside());
        assertEquals(2, check.allowedOutside());
        assertTrue(check.passed(), "2 of 4 outside is within 50 %");
        assertEquals(2, check.worstIndex(), "0.01 is two decades below 1; 3 is only 0.18 above 2");
        assertEquals(0.01, check.observed());
        assertEquals(2.0, check.worstDecades(), 1e-12);
        assertTrue(check.summary().contains("worst at epoch 3"), check.summary());
    }

    @Test
    void pointsOutsideBeyondTheAllowanceFail() {
        Band band = new Band(new double[20], new double[20], new double[20]);
        java.util.Arrays.fill(band.lower(), 1);
        java.util.Arrays.fill(band.upper(), 2);
        double[] curve = new double[20];
        java.util.Arrays.fill(curve, 1.5);
        curve[3] = 5;
        assertTrue(band.check(curve, RULE).passed(), "1 of 20 outside is the 5 % allowed");
        curve[4] = 5;
        assertFalse(band.check(curve, RULE).passed(), "2 of 20 is more than 5 %");
    }

    @Test
    void nonFiniteOrMissingPointsCountAsOutside() {
        Band band = new Band(new double[] {1, 1, 1}, new double[] {2, 2, 2}, new double[] {1, 1, 1});
        BandCheck diverged = band.check(new double[] {1.5, Double.NaN}, new BandRule(0.01, 0, 0));
        assertEquals(2, diverged.outside(), "NaN at epoch 2 and nothing at epoch 3");
        assertTrue(Double.isInfinite(diverged.worstDecades()));
    }

    @Test
    void bandCoversTheCanonicalCurveToItsEndFromTheSeedsStillFiniteAtEachPoint() {
        Band band = Band.fromSeeds(List.of(new double[] {1, 1, 1, 1}, new double[] {1, 10, Double.NaN}, new double[] {1, 10}), RULE);
        assertEquals(4, band.size(), "every point of the canonical run, past where the seeds diverged");
        assertEquals(1 * Math.pow(10, -0.01), band.lower()[2], 1e-12, "epoch 3: only the canonical run is finite, the floor alone");
        assertTrue(band.upper()[1] > 10, "epoch 2: the three curves");
        Band shorter = Band.fromSeeds(List.of(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 1, 1}), RULE);
        assertEquals(1, shorter.size(), "the band ends where the canonical run diverged");
    }

    /** Issue 19: measured from the band's middle, a curve beside the canonical one in a one-sided band looked 95 % of the way out. */
    @Test
    void theRoomACurveUsesIsMeasuredFromTheCanonicalValueOnTheSideItLies() {
        Band oneSided = new Band(new double[] {0.01}, new double[] {0.1 * Math.pow(10, 0.01)},
                new double[] {0.1});
        assertEquals(0.5, oneSided.widthUsed(new double[] {0.1 * Math.pow(10, 0.005)}), 1e-9);
        assertEquals(0.5, oneSided.widthUsed(new double[] {0.1 / Math.pow(10, 0.5)}), 1e-9);
        assertEquals(0, oneSided.widthUsed(new double[] {0.1}));
        assertTrue(oneSided.widthUsed(new double[] {0.2}) > 1);
        assertEquals(Double.POSITIVE_INFINITY, oneSided.widthUsed(new double[] {Double.NaN}));
    }

    @Test
    void aSeedBandAtAnotherLevelIsTheBandBuiltFromTheSameSeedsAtThatLevel() {
        List<double[]> seeds = List.of(new double[] {1.0, 0.5}, new double[] {2.0, 0.5}, new double[] {4.0, 0.6}, new double[] {3.0, 0.4});
        BandRule strict = new BandRule(1e-6, RULE.floorDecades(), RULE.maxOutsideFraction());
        Band rescaled = Band.fromSeeds(seeds, RULE).atLevel(RULE, strict.pointAlpha(), seeds.size());
        Band rebuilt = Band.fromSeeds(seeds, strict);
        for (int i = 0; i < 2; i++) {
            assertEquals(Math.log10(rebuilt.lower()[i]), Math.log10(rescaled.lower()[i]), 1e-9);
            assertEquals(Math.log10(rebuilt.upper()[i]), Math.log10(rescaled.upper()[i]), 1e-9);
        }
    }

    @Test
    void aShiftTolerantBandHoldsAtEachPointWhatTheBandHeldWithinTheWindow() {
        Band band = new Band(new double[] {1, 1, 1, 0.1, 1, 1}, new double[] {2, 2, 20, 2, 2, 2}, new double[] {1.5, 1.5, 1.5, 1.5, 1.5, 1.5});
        Band shifted = band.shiftTolerant(1);
        assertEquals(List.of(1.0, 1.0, 0.1, 0.1, 0.1, 1.0), java.util.Arrays.stream(shifted.lower()).boxed().toList());
        assertEquals(List.of(2.0, 20.0, 20.0, 20.0, 2.0, 2.0), java.util.Arrays.stream(shifted.upper()).boxed().toList());
        assertTrue(band.check(new double[] {1.5, 10, 1.5, 1.5, 1.5, 1.5}, new BandRule(0.01, 0, 0)).outside() == 1, "a spike one epoch early");
        assertTrue(shifted.check(new double[] {1.5, 10, 1.5, 1.5, 1.5, 1.5}, new BandRule(0.01, 0, 0)).passed(), "a spike one epoch early, tolerated");
        assertFalse(shifted.check(new double[] {10, 1.5, 1.5, 1.5, 1.5, 1.5}, new BandRule(0.01, 0, 0)).passed(), "a spike two epochs early");
        assertTrue(java.util.Arrays.equals(band.upper(), band.shiftTolerant(0).upper()) && java.util.Arrays.equals(band.lower(), band.shiftTolerant(0).lower()));
    }
}
