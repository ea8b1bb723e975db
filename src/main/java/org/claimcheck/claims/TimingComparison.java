package org.claimcheck.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * Whether one configuration is slower than another, judged on repeated timings: a one-sided
 * Mann–Whitney U test, Cliff's δ as the effect size, and a bootstrap 95 % interval for the ratio
 * of medians. "Slower" needs p below {@link #ALPHA} and the whole interval above 1.
 */
public record TimingComparison(String slower, String faster, double[] slowerSeconds, double[] fasterSeconds, double pValue,
                               double cliffsDelta, double medianRatio, double ratioLow, double ratioHigh) {

    public static final double ALPHA = 0.01;
    private static final int BOOTSTRAP = 4000;

    /** Tests the hypothesis "{@code slower} takes longer than {@code faster}". */
    public static TimingComparison of(String slower, double[] slowerSeconds, String faster, double[] fasterSeconds) {
        double twoSided = new MannWhitneyUTest().mannWhitneyUTest(slowerSeconds, fasterSeconds);
        double ratio = median(slowerSeconds) / median(fasterSeconds);
        double oneSided = ratio > 1 ? twoSided / 2 : 1 - twoSided / 2;
        double[] interval = bootstrapRatio(slowerSeconds, fasterSeconds);
        return new TimingComparison(slower, faster, slowerSeconds, fasterSeconds, oneSided, cliffsDelta(slowerSeconds, fasterSeconds),
                ratio, interval[0], interval[1]);
    }

    public boolean holds() {
        return pValue < ALPHA && ratioLow > 1;
    }

    public String evidence() {
        return String.format(Locale.ROOT,
                "median %.4f s vs %.4f s, ratio %.3f (bootstrap 95%% CI %.3f–%.3f), Cliff's δ %.2f, one-sided Mann–Whitney p = %.2g, n = %d + %d",
                median(slowerSeconds), median(fasterSeconds), medianRatio, ratioLow, ratioHigh, cliffsDelta, pValue,
                slowerSeconds.length, fasterSeconds.length);
    }

    static double median(double[] values) {
        return new Median().evaluate(values);
    }

    /** P(a > b) − P(a < b) over all pairs: +1 when every a exceeds every b. */
    static double cliffsDelta(double[] a, double[] b) {
        long more = 0;
        long less = 0;
        for (double x : a) {
            for (double y : b) {
                if (x > y) {
                    more++;
                } else if (x < y) {
                    less++;
                }
            }
        }
        return (double) (more - less) / ((long) a.length * b.length);
    }

    private static double[] bootstrapRatio(double[] a, double[] b) {
        Random random = new Random(20261121L);
        double[] ratios = new double[BOOTSTRAP];
        for (int r = 0; r < BOOTSTRAP; r++) {
            ratios[r] = median(resample(a, random)) / median(resample(b, random));
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) (0.025 * BOOTSTRAP)], ratios[(int) (0.975 * BOOTSTRAP) - 1]};
    }

    private static double[] resample(double[] values, Random random) {
        double[] sample = new double[values.length];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = values[random.nextInt(values.length)];
        }
        return sample;
    }
}
