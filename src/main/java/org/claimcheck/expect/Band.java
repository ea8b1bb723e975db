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
     * The prediction band of several seeds' curves (see {@link BandRule}), never narrower than
     * the seeds themselves; {@code curves.get(0)}
     * is the canonical seed. Points past the end of the shortest curve (a diverged seed) are not
     * banded.
     */
    public static Band fromSeeds(List<double[]> curves, BandRule rule) {
        double k = rule.standardDeviations(curves.size());
        int points = curves.stream().mapToInt(Band::finitePrefix).min().orElse(0);
        double[] lower = new double[points];
        double[] upper = new double[points];
        double[] canonical = new double[points];
        for (int i = 0; i < points; i++) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] curve : curves) {
                double log = log10(curve[i]);
                sum += log;
                min = Math.min(min, log);
                max = Math.max(max, log);
            }
            double mean = sum / curves.size();
            double squares = 0;
            for (double[] curve : curves) {
                squares += Math.pow(log10(curve[i]) - mean, 2);
            }
            double spread = k * Math.sqrt(squares / (curves.size() - 1));
            lower[i] = Math.pow(10, Math.min(mean - spread, min) - rule.floorDecades());
            upper[i] = Math.pow(10, Math.max(mean + spread, max) + rule.floorDecades());
            canonical[i] = curves.get(0)[i];
        }
        return new Band(lower, upper, canonical);
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
