package org.claimcheck.report.sets;

import org.claimcheck.report.CaseResult;

import java.util.Locale;
import org.claimcheck.expect.BandRule;

/**
 * How far apart two result sets' curves of one run are. Losses span decades, so distances are
 * in log10 space (0.1 decades is a factor of 1.26), over the epochs both curves have; and how
 * many of each curve's points fall outside the other set's band.
 *
 * @param epochs          epochs both curves have (a diverged run's non-finite tail counts as missing)
 * @param maxDecades      the largest |log10 a − log10 b| over those epochs
 * @param meanDecades     the mean |log10 a − log10 b|
 * @param worstEpoch      where the largest difference is (1-based), 0 when the curves are identical
 * @param identical       every value equal bit for bit, and the same length
 * @param bOutsideBandA   points of B outside A's band, −1 when A had no band
 * @param aOutsideBandB   points of A outside B's band, −1 when B had no band
 */
public record CurveDistance(int epochs, int lengthA, int lengthB, double maxDecades, double meanDecades, int worstEpoch,
                            boolean identical, int bOutsideBandA, int aOutsideBandB) {

    public static CurveDistance between(CaseResult.CurveValues a, CaseResult.CurveValues b) {
        int common = Math.min(finitePrefix(a.values()), finitePrefix(b.values()));
        double max = 0;
        double sum = 0;
        int worst = 0;
        for (int i = 0; i < common; i++) {
            double d = Math.abs(log(a.values()[i]) - log(b.values()[i]));
            sum += d;
            if (d > max) {
                max = d;
                worst = i + 1;
            }
        }
        boolean identical = java.util.Arrays.equals(a.values(), b.values());
        return new CurveDistance(common, a.values().length, b.values().length, max, common == 0 ? 0 : sum / common, worst, identical,
                outside(b.values(), a), outside(a.values(), b));
    }

    /** Points of {@code values} outside the band of {@code banded}, over the band's length; −1 without a band. */
    static int outside(double[] values, CaseResult.CurveValues banded) {
        if (banded.lower() == null || banded.upper() == null) {
            return -1;
        }
        int outside = 0;
        for (int i = 0; i < banded.lower().length; i++) {
            if (i >= values.length || !Double.isFinite(values[i]) || values[i] < banded.lower()[i] || values[i] > banded.upper()[i]) {
                outside++;
            }
        }
        return outside;
    }

    public String summary() {
        if (identical) {
            return "identical bit for bit (" + lengthA + " epochs)";
        }
        return String.format(Locale.ROOT, "max %.3g decades at epoch %d, mean %.3g over %d epochs%s%s%s", maxDecades, worstEpoch,
                meanDecades, epochs, lengthA != lengthB ? " (lengths " + lengthA + " vs " + lengthB + ")" : "",
                bOutsideBandA >= 0 ? "; B outside A's band at " + bOutsideBandA + " points" : "",
                aOutsideBandB >= 0 ? "; A outside B's band at " + aOutsideBandB : "");
    }

    private static double log(double value) {
        return Math.log10(Math.max(value, BandRule.FLOOR));
    }

    private static int finitePrefix(double[] values) {
        int n = 0;
        while (n < values.length && Double.isFinite(values[n])) {
            n++;
        }
        return n;
    }
}
