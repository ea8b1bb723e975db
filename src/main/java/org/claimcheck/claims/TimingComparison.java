package org.claimcheck.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * Whether one configuration is slower than another, judged on repeated timings. Unpaired
 * ({@link #of}): a one-sided Mann–Whitney U test, Cliff's δ as the effect size, and a bootstrap
 * 95 % interval for the ratio of medians. Paired by round ({@link #paired}, for interleaved
 * rounds whose speed drifts): a one-sided Wilcoxon signed-rank test on the per-round pairs, the
 * paired δ (share of rounds slower minus share faster), and a bootstrap interval for the median
 * per-round ratio. "Slower" needs p below {@link #ALPHA} and the whole interval above 1.
 */
public record TimingComparison(String slower, String faster, double[] slowerSeconds, double[] fasterSeconds, double pValue,
                               double cliffsDelta, double medianRatio, double ratioLow, double ratioHigh, boolean pairedByRound) {

    public static final double ALPHA = 0.01;
    private static final int BOOTSTRAP = 4000;
    /** The exact Wilcoxon p-value enumerates 2^n sign patterns; above this the normal approximation is used. */
    private static final int EXACT_UP_TO = 15;

    /** Tests the hypothesis "{@code slower} takes longer than {@code faster}". */
    public static TimingComparison of(String slower, double[] slowerSeconds, String faster, double[] fasterSeconds) {
        double twoSided = new MannWhitneyUTest().mannWhitneyUTest(slowerSeconds, fasterSeconds);
        double ratio = median(slowerSeconds) / median(fasterSeconds);
        // the direction is the rank statistic's: U above n1·n2/2 exactly when Cliff's δ is positive
        double oneSided = oneSided(twoSided, cliffsDelta(slowerSeconds, fasterSeconds) > 0);
        double[] interval = bootstrapRatio(slowerSeconds, fasterSeconds);
        return new TimingComparison(slower, faster, slowerSeconds, fasterSeconds, oneSided, cliffsDelta(slowerSeconds, fasterSeconds),
                ratio, interval[0], interval[1], false);
    }

    /** The same hypothesis on timings measured in the same rounds: element i of both arrays is round i. */
    public static TimingComparison paired(String slower, double[] slowerSeconds, String faster, double[] fasterSeconds) {
        int n = slowerSeconds.length;
        double[] ratios = new double[n];
        int more = 0;
        int less = 0;
        for (int i = 0; i < n; i++) {
            ratios[i] = slowerSeconds[i] / fasterSeconds[i];
            more += slowerSeconds[i] > fasterSeconds[i] ? 1 : 0;
            less += slowerSeconds[i] < fasterSeconds[i] ? 1 : 0;
        }
        double twoSided = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(slowerSeconds, fasterSeconds, n <= EXACT_UP_TO);
        double ratio = median(ratios);
        double oneSided = oneSided(twoSided, positiveRankSum(slowerSeconds, fasterSeconds) > n * (n + 1) / 4.0);
        Random random = new Random(20261121L);
        double[] medians = new double[BOOTSTRAP];
        for (int r = 0; r < BOOTSTRAP; r++) {
            medians[r] = median(resample(ratios, random));
        }
        Arrays.sort(medians);
        return new TimingComparison(slower, faster, slowerSeconds, fasterSeconds, oneSided, (double) (more - less) / n, ratio,
                medians[(int) (0.025 * BOOTSTRAP)], medians[(int) (0.975 * BOOTSTRAP) - 1], true);
    }

    /** Half the two-sided p where the statistic lies on the hypothesis's side of its mean, else one minus that. */
    static double oneSided(double twoSided, boolean towardSlower) {
        return towardSlower ? twoSided / 2 : 1 - twoSided / 2;
    }

    /** Wilcoxon's W+: the sum of the ranks of |a − b| over the rounds where a is larger (zeros dropped, ties given mean ranks). */
    static double positiveRankSum(double[] a, double[] b) {
        double[] differences = java.util.stream.IntStream.range(0, a.length).mapToDouble(i -> a[i] - b[i]).filter(d -> d != 0).toArray();
        double[] ranks = new org.apache.commons.math3.stat.ranking.NaturalRanking().rank(Arrays.stream(differences).map(Math::abs).toArray());
        double sum = 0;
        for (int i = 0; i < differences.length; i++) {
            sum += differences[i] > 0 ? ranks[i] : 0;
        }
        return sum;
    }

    public boolean holds() {
        return pValue < ALPHA && ratioLow > 1;
    }

    public String evidence() {
        if (pairedByRound) {
            return String.format(Locale.ROOT,
                    "median %.3g s vs %.3g s, median per-round ratio %.3f (bootstrap 95%% CI %.3f–%.3f), paired δ %.2f, one-sided Wilcoxon signed-rank p = %.2g, %d rounds",
                    median(slowerSeconds), median(fasterSeconds), medianRatio, ratioLow, ratioHigh, cliffsDelta, pValue, slowerSeconds.length);
        }
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
