package org.claimcheck.run;

import java.util.Locale;

/** Comparisons of two parameter vectors. */
public final class Weights {
    private Weights() {
    }

    public static boolean bitwiseEqual(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                return false;
            }
        }
        return true;
    }

    public static double maxAbsDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** "3 of 24 values differ, max |Δ| = 1.2e-08" — how far apart two vectors are. */
    public static String difference(double[] a, double[] b) {
        if (a.length != b.length) {
            return "lengths differ: " + a.length + " vs " + b.length;
        }
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                differing++;
            }
        }
        return String.format(Locale.ROOT, "%d of %d values differ, max |Δ| = %.3g", differing, a.length, maxAbsDifference(a, b));
    }
}
