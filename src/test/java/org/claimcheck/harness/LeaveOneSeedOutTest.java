package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimcheck.expect.BandRule;
import org.claimcheck.expect.LeaveOneSeedOut;
import org.claimcheck.run.Curve;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("harness")
class LeaveOneSeedOutTest {

    static List<List<Long>> seedPairs(int n) {
        List<List<Long>> pairs = new ArrayList<>();
        for (long k = 0; k < n; k++) {
            pairs.add(List.of(666 + k, 1337 + k));
        }
        return pairs;
    }

    /** Ten seeds spread evenly over ±0.05 decades around a loss of 0.5, three points each. */
    static List<double[]> evenSeeds() {
        List<double[]> seeds = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            double value = 0.5 * Math.pow(10, -0.05 + 0.1 * k / 9);
            seeds.add(new double[] {value, value, value});
        }
        return seeds;
    }

    @Test
    void seedsLikeTheOthersAllPassWithRoomToSpare() {
        LeaveOneSeedOut loo = LeaveOneSeedOut.judge(Map.of(Curve.EPOCH_LOSS, evenSeeds()), seedPairs(10), BandRule.DEFAULT);
        assertEquals(10, loo.passed());
        assertEquals(10, loo.seeds());
        assertTrue(loo.smallestMarginDecades() > 0, loo.text());
        assertTrue(List.of(List.of(666L, 1337L), List.of(675L, 1346L)).contains(loo.tightestSeed()),
                "the extreme seeds have the least room: " + loo.text());
    }

    @Test
    void anOutlyingSeedFailsTheBandOfTheOthersAndIsNamed() {
        List<double[]> seeds = evenSeeds();
        seeds.set(4, new double[] {5, 5, 5});
        LeaveOneSeedOut loo = LeaveOneSeedOut.judge(Map.of(Curve.EPOCH_LOSS, seeds), seedPairs(10), BandRule.DEFAULT);
        assertEquals(9, loo.passed(), loo.text());
        assertEquals(List.of(670L, 1341L), loo.tightestSeed());
        assertTrue(loo.smallestMarginDecades() < 0, loo.text());
    }

    @Test
    void aSeedFailsWhenAnyOfItsCurvesDoes() {
        List<double[]> wholeData = evenSeeds();
        wholeData.set(2, new double[] {5, 5, 5});
        LeaveOneSeedOut loo = LeaveOneSeedOut.judge(Map.of(Curve.EPOCH_LOSS, evenSeeds(), Curve.WHOLE_DATA_LOSS, wholeData), seedPairs(10),
                BandRule.DEFAULT);
        assertEquals(9, loo.passed(), loo.text());
    }
}
