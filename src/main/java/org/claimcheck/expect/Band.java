package org.claimcheck.expect;

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
     * The band of several seeds' curves; {@code curves.get(0)} is the canonical seed. Points past
     * the end of the shortest curve (a diverged seed) are not banded.
     */
    public static Band fromSeeds(List<double[]> curves, BandRule rule) {
        if (curves.size() < 2) {
            throw new IllegalArgumentException("a band needs at least two seeds' curves, got " + curves.size());
        }
        int points = curves.stream().mapToInt(c -> finitePrefix(c)).min().orElse(0);
        double[] lower = new double[points];
        double[] upper = new double[points];
        double[] canonical = new double[points];
        for (int i = 0; i < points; i++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] curve : curves) {
                double log = log10(curve[i]);
                min = Math.min(min, log);
                max = Math.max(max, log);
            }
            double widen = rule.spreadWidening() * (max - min) + rule.marginDecades();
            lower[i] = Math.pow(10, min - widen);
            upper[i] = Math.pow(10, max + widen);
            canonical[i] = curves.get(0)[i];
        }
        return new Band(lower, upper, canonical);
    }

    /** This band with each side moved out by {@code decades} (the canonical values unchanged). */
    public Band widened(double decades) {
        double factor = Math.pow(10, decades);
        double[] lo = lower.clone();
        double[] hi = upper.clone();
        for (int i = 0; i < lo.length; i++) {
            lo[i] /= factor;
            hi[i] *= factor;
        }
        return new Band(lo, hi, canonical);
    }

    /** Judges a curve against this band by the rule. */
    public BandCheck check(double[] curve, BandRule rule) {
        int outside = 0;
        int worst = -1;
        double worstDistance = 0;
        for (int i = 0; i < size(); i++) {
            double distance = i < curve.length ? distanceDecades(i, curve[i]) : Double.POSITIVE_INFINITY;
            if (distance > 0) {
                outside++;
                if (distance > worstDistance) {
                    worstDistance = distance;
                    worst = i;
                }
            }
        }
        double observed = worst >= 0 && worst < curve.length ? curve[worst] : Double.NaN;
        return new BandCheck(size(), outside, rule.allowedOutside(size()), worst, observed,
                worst >= 0 ? lower[worst] : Double.NaN, worst >= 0 ? upper[worst] : Double.NaN, worstDistance);
    }

    /** How far outside the band a value lies, in decades; 0 inside; infinite for a non-finite value. */
    double distanceDecades(int i, double value) {
        if (!Double.isFinite(value)) {
            return Double.POSITIVE_INFINITY;
        }
        double log = log10(value);
        double lo = log10(lower[i]);
        double hi = log10(upper[i]);
        return log < lo ? lo - log : log > hi ? log - hi : 0;
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
