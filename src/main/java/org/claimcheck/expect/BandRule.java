package org.claimcheck.expect;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * How a band is built from several seeds' curves and how a curve is judged against it. Losses
 * span orders of magnitude, so everything happens in log10 space.
 *
 * <p>The band is a prediction band for one more seed: at each point, the mean of the n seeds'
 * log10 values plus and minus {@code t(n-1, 1 - pointAlpha/2) * sqrt(1 + 1/n)} times their
 * standard deviation, the textbook prediction interval for one more draw of a normal variable
 * whose mean and variance are both estimated (so it is valid for small n), stretched where
 * needed to hold every recorded seed, plus a floor of {@code floorDecades} on each side for runs
 * whose seeds barely differ. Two promises follow for one more seed at one point: without any
 * assumption, the range of n seeds alone holds it with probability at least (n-1)/(n+1) (order
 * statistics); if the point's log-loss is normal across seeds, it falls outside with
 * probability at most {@code pointAlpha}. Bimodal outcomes (a seed that learns where most
 * get stuck) break the second promise, which is why how often a whole curve fails is measured
 * and not derived: see {@link LeaveOneSeedOut}.
 *
 * @param pointAlpha         the probability, per point, that one more seed falls outside (under normality)
 * @param floorDecades       the least half-width of the band, in decades (0.01 decades is 2.3 %)
 * @param maxOutsideFraction at most this fraction of the points (rounded down) may fall outside
 */
public record BandRule(double pointAlpha, double floorDecades, double maxOutsideFraction) {

    public static final BandRule DEFAULT = new BandRule(0.01, 0.01, 0.05);
    /** Values are floored here before taking logs, so a loss of exactly 0 stays comparable. */
    public static final double FLOOR = 1e-12;

    public BandRule {
        if (!(pointAlpha > 0 && pointAlpha < 1) || !(floorDecades >= 0) || !(maxOutsideFraction >= 0 && maxOutsideFraction < 1)) {
            throw new IllegalArgumentException("band rule needs 0 < pointAlpha < 1, floorDecades >= 0 and 0 <= maxOutsideFraction < 1, got "
                    + this);
        }
    }

    /** How many standard deviations of n seeds the band reaches out from their mean (before the floor). */
    public double standardDeviations(int seeds) {
        if (seeds < 2) {
            throw new IllegalArgumentException("a prediction band needs at least two seeds, got " + seeds);
        }
        return new TDistribution(seeds - 1).inverseCumulativeProbability(1 - pointAlpha / 2) * Math.sqrt(1 + 1.0 / seeds);
    }

    public int allowedOutside(int points) {
        return (int) Math.floor(maxOutsideFraction * points);
    }

    public String text() {
        return String.format(Locale.ROOT,
                "band = prediction band for one more seed: at each point the seeds' mean log10 value ± t(n-1, %.4f)·sqrt(1 + 1/n)"
                        + " standard deviations of the n seeds, stretched to hold every seed, then widened by %.3f decades on each side; at most %.0f%% of the points (rounded down)"
                        + " may fall outside; a missing or non-finite point counts as outside",
                1 - pointAlpha / 2, floorDecades, maxOutsideFraction * 100);
    }
}
