package org.claimcheck.claims;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Which run reaches a target first in wall-clock time, when time = steps to the target × seconds
 * per step, and seconds per step are samples from interleaved timing rounds. Whole rounds are
 * bootstrapped (every run keeps its own measurement of the resampled round, so drift between
 * rounds cancels), and each run gets the share of resamples in which it was fastest.
 */
public record FastestToTarget(Map<String, Double> medianSeconds, Map<String, Double> shareFastest) {

    private static final int BOOTSTRAP = 4000;

    /** @param stepsToTarget +∞ for a run that never reaches the target */
    public static FastestToTarget of(Map<String, Double> stepsToTarget, Map<String, double[]> secondsPerStep) {
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, Double> shares = new LinkedHashMap<>();
        stepsToTarget.forEach((name, steps) -> {
            medians.put(name, steps * TimingComparison.median(secondsPerStep.get(name)));
            shares.put(name, 0.0);
        });
        Random random = new Random(20261121L);
        int rounds = secondsPerStep.values().iterator().next().length;
        for (int r = 0; r < BOOTSTRAP; r++) {
            int[] picked = random.ints(rounds, 0, rounds).toArray();
            String best = null;
            double bestTime = Double.POSITIVE_INFINITY;
            for (var entry : stepsToTarget.entrySet()) {
                double[] samples = secondsPerStep.get(entry.getKey());
                double time = entry.getValue() * TimingComparison.median(java.util.Arrays.stream(picked).mapToDouble(i -> samples[i]).toArray());
                if (time < bestTime) {
                    bestTime = time;
                    best = entry.getKey();
                }
            }
            if (best != null) {
                shares.merge(best, 1.0 / BOOTSTRAP, Double::sum);
            }
        }
        return new FastestToTarget(medians, shares);
    }

    public String fastest() {
        return medianSeconds.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    public String evidence() {
        return "seconds to τ (median): " + medianSeconds.entrySet().stream()
                .map(e -> e.getKey() + " " + (Double.isInfinite(e.getValue()) ? "never" : String.format(Locale.ROOT, "%.3f", e.getValue())))
                .collect(Collectors.joining(", "))
                + "; share of bootstrap resamples in which each is fastest: " + shareFastest.entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.3f", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
