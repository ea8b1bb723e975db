package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.claimcheck.claims.InterleavedTimer;
import org.claimcheck.claims.Relations;
import org.claimcheck.claims.TimingComparison;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("harness")
class StatisticsTest {

    static double[] sample(double centre, double spread, long seed) {
        Random random = new Random(seed);
        double[] values = new double[30];
        for (int i = 0; i < values.length; i++) {
            values[i] = centre + spread * random.nextGaussian();
        }
        return values;
    }

    @Test
    void aClearlySlowerConfigurationIsSlower() {
        TimingComparison c = TimingComparison.of("deep", sample(1.3, 0.05, 1), "shallow", sample(1.0, 0.05, 2));
        assertTrue(c.holds(), c.evidence());
        assertTrue(c.ratioLow() > 1.2 && c.ratioHigh() < 1.4, c.evidence());
        assertEquals(1.0, c.cliffsDelta(), 0.05);
    }

    @Test
    void theSameDistributionIsNotSlower() {
        TimingComparison c = TimingComparison.of("a", sample(1.0, 0.05, 3), "b", sample(1.0, 0.05, 4));
        assertFalse(c.holds(), c.evidence());
    }

    @Test
    void theOppositeDirectionIsNotSlower() {
        TimingComparison c = TimingComparison.of("a", sample(1.0, 0.05, 5), "b", sample(1.3, 0.05, 6));
        assertFalse(c.holds(), c.evidence());
        assertTrue(c.pValue() > 0.99, c.evidence());
        assertTrue(c.cliffsDelta() < -0.9, c.evidence());
    }

    @Test
    void pairingByRoundSeesAConsistentDifferenceThroughDrift() {
        Random random = new Random(9);
        double[] fast = new double[30];
        double[] slow = new double[30];
        for (int round = 0; round < 30; round++) {
            double drift = 1 + 2 * random.nextDouble();
            fast[round] = drift * (1 + 0.01 * random.nextGaussian());
            slow[round] = 1.1 * drift * (1 + 0.01 * random.nextGaussian());
        }
        assertFalse(TimingComparison.of("slow", slow, "fast", fast).holds(), "unpaired, the drift hides 10 %");
        TimingComparison paired = TimingComparison.paired("slow", slow, "fast", fast);
        assertTrue(paired.holds(), paired.evidence());
        assertEquals(1.1, paired.medianRatio(), 0.01);
        assertEquals(1.0, paired.cliffsDelta(), 1e-12, "slower in every round");
    }

    @Test
    void interleavingRotatesTheOrderAfterWarmUp() {
        List<String> calls = new ArrayList<>();
        Map<String, double[]> seconds = InterleavedTimer.measure(List.of("a", "b", "c"), name -> {
            calls.add(name);
            return name.charAt(0);
        }, 1, 3);
        assertEquals(List.of("a", "b", "c", "a", "b", "c", "b", "c", "a", "c", "a", "b"), calls);
        assertArrayEquals(new double[] {'a', 'a', 'a'}, seconds.get("a"));
    }

    @Test
    void stepInterleavingAlternatesUpdatesAndStartsEveryRoundAfresh() {
        List<String> calls = new ArrayList<>();
        Map<String, double[]> seconds = InterleavedTimer.measureSteps(List.of("a", "b"), name -> {
            calls.add("fresh " + name);
            return () -> calls.add(name);
        }, 3, 1, 2);
        assertEquals(List.of(
                "fresh a", "fresh b", "a", "b", "b", "a", "a", "b", "b", "a",
                "fresh a", "fresh b", "a", "b", "a", "b", "b", "a", "a", "b",
                "fresh a", "fresh b", "a", "b", "b", "a", "a", "b", "b", "a"), calls);
        assertEquals(2, seconds.get("a").length, "one median per timed round, none for the warm-up round");
        assertTrue(seconds.get("b")[1] >= 0);
    }

    @Test
    void orderingsTreatNeverAsSlowest() {
        assertTrue(Relations.nonDecreasing(List.of(1.0, 1.0, 3.0, Double.POSITIVE_INFINITY)));
        assertFalse(Relations.nonDecreasing(List.of(2.0, 1.0)));
        assertTrue(Relations.strictlyIncreasing(List.of(0.1, 0.2, 0.3)));
        assertFalse(Relations.strictlyIncreasing(List.of(0.1, 0.1)));
        assertEquals("a: 3, b: never", Relations.describe(List.of("a", "b"), List.of(3.0, Double.POSITIVE_INFINITY)));
    }

    /** Issue 21: the one-sided p takes its side from the rank statistic, not from the median ratio. */
    @Test
    void theOneSidedPFollowsTheRankStatisticWhereTheMedianRatioPointsTheOtherWay() {
        // 12 rounds: 7 where the first is a hair slower, 5 where it is far faster; the median per-round ratio is above 1,
        // but the signed ranks say the first is the faster one
        double[] first = new double[12];
        double[] second = new double[12];
        for (int i = 0; i < 12; i++) {
            second[i] = 1.0;
            first[i] = i < 7 ? 1.0 + 0.001 * (i + 1) : 0.5;
        }
        TimingComparison comparison = TimingComparison.paired("first", first, "second", second);
        assertTrue(comparison.medianRatio() > 1, "the median round has the first slower");
        assertTrue(comparison.pValue() > 0.5, "the signed ranks point the other way: p = " + comparison.pValue());
        assertFalse(comparison.holds());
    }

    /** Issue 21: a run that starts and ends within a timing round is noticed, not only one still running at its end. */
    @Test
    void aRunThatTrainedAndFinishedWithinATimingRoundFailsTheTiming() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> InterleavedTimer.measure(List.of("a", "b"), name -> {
                    org.claimcheck.training.RunPool.join(org.claimcheck.training.RunPool.submit(() -> 1));
                    return 0.001;
                }, 0, 3));
        assertTrue(e.getMessage().contains("timings must be taken alone"), e.getMessage());
    }
}
