package org.claimcheck.report.sets;

/** Opens RoundingHealth's package-private statistics to the harness tests. */
public final class RoundingHealthAccess {
    private RoundingHealthAccess() {
    }

    public static double gumbelExceedance(double[] maxima, double threshold) {
        return RoundingHealth.gumbelExceedance(maxima, threshold);
    }
}
