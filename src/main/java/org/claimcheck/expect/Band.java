package org.claimcheck.expect;

import java.util.Arrays;
import java.util.List;

/**
 * Per-point lower and upper limits of one curve, plus the canonical seed's values. Point i
 * belongs to epoch i + 1.
 */
public record Band(double[] lower, double[] upper, double[] canonical) {

    public Band {
        if (lower.length != upper.length || lower.length != canonical.length) {
            throw new IllegalArgumentException("band arrays differ in length: " + lower.length + ", " + upper.length + ", " + canonical.length);
        }
    }

    public int size() {
        return lower.length;
    }

    /**
     * The prediction band of several curves (see {@link BandRule}), never narrower than the curves
     * themselves; {@code curves.get(0)} is the canonical seed's, and the band covers every point
     * where it is finite. At each point the band is built from the curves finite there: a seed
     * that diverged earlier than the canonical one leaves the band at that point, and a point only
     * the canonical curve reaches is banded by the floor alone.
     */
    public static Band fromSeeds(List<double[]> curves, BandRule rule) {
        int points = finitePrefix(curves.get(0));
        double[] lower = new double[points];
        double[] upper = new double[points];
        double[] canonical = new double[points];
        double[] deviations = new double[curves.size() + 1];
        for (int i = 0; i < points; i++) {
            final int at = i;
            double[] logs = curves.stream().filter(c -> at < c.length && Double.isFinite(c[at])).mapToDouble(c -> log10(c[at])).toArray();
            double mean = Arrays.stream(logs).average().orElseThrow();
            double min = Arrays.stream(logs).min().orElseThrow();
            double max = Arrays.stream(logs).max().orElseThrow();
            double spread = 0;
            if (logs.length >= 2) {
                double squares = Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum();
                if (deviations[logs.length] == 0) {
                    deviations[logs.length] = rule.standardDeviations(logs.length);
                }
                spread = deviations[logs.length] * Math.sqrt(squares / (logs.length - 1));
            }
            lower[i] = Math.pow(10, Math.min(mean - spread, min) - rule.floorDecades());
            upper[i] = Math.pow(10, Math.max(mean + spread, max) + rule.floorDecades());
            canonical[i] = curves.get(0)[i];
        }
        return new Band(lower, upper, canonical);
    }

    /** At each point the wider of the two limits: the band that holds what either holds. */
    public Band union(Band other) {
        if (other.size() != size()) {
            throw new IllegalArgumentException("bands of different lengths: " + size() + " and " + other.size());
        }
        double[] lo = new double[size()];
        double[] hi = new double[size()];
        for (int i = 0; i < lo.length; i++) {
            lo[i] = Math.min(lower[i], other.lower[i]);
            hi[i] = Math.max(upper[i], other.upper[i]);
        }
        return new Band(lo, hi, canonical);
    }

    /**
     * This seed band, built by {@code built} from {@code seeds} seeds, widened to the point level
     * {@code pointAlpha}: at each point the half-width beyond the floor scaled by the ratio of the two
     * levels' multipliers, around the band's middle, and never narrower than before. Exact where the
     * band was not stretched to hold a seed (never with 10 seeds: no seed of ten lies more than 2.85
     * standard deviations from their mean, inside the 3.41 of the 1 % level).
     */
    public Band atLevel(BandRule built, double pointAlpha, int seeds) {
        BandRule level = new BandRule(pointAlpha, built.floorDecades(), built.maxOutsideFraction());
        double ratio = level.standardDeviations(seeds) / built.standardDeviations(seeds);
        double[] lo = new double[size()];
        double[] hi = new double[size()];
        for (int i = 0; i < lo.length; i++) {
            double low = log10(lower[i]);
            double high = log10(upper[i]);
            double middle = (low + high) / 2;
            double half = Math.max(0, (high - low) / 2 - built.floorDecades()) * ratio + built.floorDecades();
            lo[i] = Math.pow(10, Math.min(low, middle - half));
            hi[i] = Math.pow(10, Math.max(high, middle + half));
        }
        return new Band(lo, hi, canonical);
    }

    /**
     * At each point the widest limits of this band within {@code window} points either side: the
     * band of a curve whose events (a loss spike, the step it leaves a plateau) may come up to
     * {@code window} epochs earlier or later than in the curves the band was built from. Keogh's
     * envelope, the bound used to compare time series under a warping window (Keogh and
     * Ratanamahatana, "Exact indexing of dynamic time warping", 2005).
     */
    public Band shiftTolerant(int window) {
        if (window < 0) {
            throw new IllegalArgumentException("a shift window of " + window + " points");
        }
        double[] lo = new double[size()];
        double[] hi = new double[size()];
        for (int i = 0; i < lo.length; i++) {
            lo[i] = lower[i];
            hi[i] = upper[i];
            for (int j = Math.max(0, i - window); j <= Math.min(size() - 1, i + window); j++) {
                lo[i] = Math.min(lo[i], lower[j]);
                hi[i] = Math.max(hi[i], upper[j]);
            }
        }
        return new Band(lo, hi, canonical);
    }

    /** The band {@code decades} either side of the canonical curve: a stable run's drift tolerance. */
    public Band aroundCanonical(double decades) {
        double factor = Math.pow(10, decades);
        double[] lo = new double[size()];
        double[] hi = new double[size()];
        for (int i = 0; i < lo.length; i++) {
            lo[i] = Math.max(canonical[i], BandRule.FLOOR) / factor;
            hi[i] = Math.max(canonical[i], BandRule.FLOOR) * factor;
        }
        return new Band(lo, hi, canonical);
    }

    /** Judges a curve against this band by the rule. */
    public BandCheck check(double[] curve, BandRule rule) {
        int outside = 0;
        int worst = -1;
        double worstDistance = 0;
        double[] room = new double[size()];
        for (int i = 0; i < size(); i++) {
            room[i] = i < curve.length ? roomDecades(i, curve[i]) : Double.NEGATIVE_INFINITY;
            if (room[i] < 0) {
                outside++;
                if (-room[i] > worstDistance) {
                    worstDistance = -room[i];
                    worst = i;
                }
            }
        }
        int allowed = rule.allowedOutside(size());
        Arrays.sort(room);
        double margin = size() == 0 ? Double.POSITIVE_INFINITY : room[Math.min(allowed, size() - 1)];
        double observed = worst >= 0 && worst < curve.length ? curve[worst] : Double.NaN;
        return new BandCheck(size(), outside, allowed, worst, observed,
                worst >= 0 ? lower[worst] : Double.NaN, worst >= 0 ? upper[worst] : Double.NaN, worstDistance, margin);
    }

    /**
     * How much of its room the curve uses at its worst point, in log10: at each point the distance
     * from the canonical value over the distance from the canonical value to the band's edge on that
     * side. 0 on the canonical curve, 1 on an edge, above 1 outside; infinite where a point is
     * missing or not finite. Measured from the canonical curve, not the band's middle, so that a
     * band that is wide on one side only (a chaotic run's, joined with its seed band) does not make
     * a curve next to the canonical one look close to the edge.
     */
    public double widthUsed(double[] curve) {
        double worst = 0;
        for (int i = 0; i < size(); i++) {
            if (i >= curve.length || !Double.isFinite(curve[i])) {
                return Double.POSITIVE_INFINITY;
            }
            double centre = log10(canonical[i]);
            double value = log10(curve[i]);
            double room = value >= centre ? log10(upper[i]) - centre : centre - log10(lower[i]);
            double used = Math.abs(value - centre);
            worst = Math.max(worst, used == 0 ? 0 : room <= 0 ? Double.POSITIVE_INFINITY : used / room);
        }
        return worst;
    }

    /**
     * How far inside the band a value lies, in decades, to the nearer edge: negative outside,
     * minus infinity for a non-finite value.
     */
    double roomDecades(int i, double value) {
        if (!Double.isFinite(value)) {
            return Double.NEGATIVE_INFINITY;
        }
        double log = log10(value);
        return Math.min(log - log10(lower[i]), log10(upper[i]) - log);
    }

    static double log10(double value) {
        return Math.log10(Math.max(value, BandRule.FLOOR));
    }

    private static int finitePrefix(double[] curve) {
        int n = 0;
        while (n < curve.length && Double.isFinite(curve[n])) {
            n++;
        }
        return n;
    }
}
