package org.claimcheck.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimcheck.run.Curve;

/**
 * The band's own check at recording time: each recorded seed judged, curve by curve, against the
 * band built by the same rule from the other seeds. A seed passes when all its curves do. Over
 * many files, the share of seeds that fail estimates how often one more seed (a run on another
 * arithmetic, whose rounding grows like a change of seed) leaves its band.
 *
 * @param passed                seeds inside the band of the others
 * @param seeds                 seeds judged (all recorded ones)
 * @param smallestMarginDecades the least room any seed's curve had (see {@link BandCheck#marginDecades()}); negative when one failed
 * @param tightestSeed          the seed pair with that least room
 */
public record LeaveOneSeedOut(int passed, int seeds, double smallestMarginDecades, List<Long> tightestSeed) {

    /**
     * @param curves    per curve, the seeds' values in the order of {@code seedPairs}
     * @param seedPairs the recorded seed pairs
     */
    public static LeaveOneSeedOut judge(Map<Curve, List<double[]>> curves, List<List<Long>> seedPairs, BandRule rule) {
        int passed = 0;
        double smallest = Double.POSITIVE_INFINITY;
        List<Long> tightest = seedPairs.get(0);
        for (int left = 0; left < seedPairs.size(); left++) {
            boolean inside = true;
            for (List<double[]> seeds : curves.values()) {
                List<double[]> others = new ArrayList<>(seeds);
                double[] out = others.remove(left);
                BandCheck check = Band.fromSeeds(others, rule).check(out, rule);
                inside &= check.passed();
                if (check.marginDecades() < smallest) {
                    smallest = check.marginDecades();
                    tightest = seedPairs.get(left);
                }
            }
            passed += inside ? 1 : 0;
        }
        return new LeaveOneSeedOut(passed, seedPairs.size(), smallest, tightest);
    }

    public String text() {
        return String.format(java.util.Locale.ROOT, "%d of %d seeds inside the band of the others (least room %.3g decades, seeds %s)",
                passed, seeds, smallestMarginDecades, tightestSeed);
    }
}
