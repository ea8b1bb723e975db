package org.claimcheck.claims;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * How bouncy a per-step loss curve is, as it looks on the lecture's linear plots: the standard
 * deviation of the step-to-step change, divided by √2 (for independent noise around a slow trend
 * that is the noise's own standard deviation).
 */
public final class Noise {
    private Noise() {
    }

    /** The bounce of {@code stepLoss[from, to)}. */
    public static double bounce(double[] stepLoss, int from, int to) {
        double[] changes = new double[to - from - 1];
        for (int i = from + 1; i < to; i++) {
            changes[i - from - 1] = stepLoss[i] - stepLoss[i - 1];
        }
        return new StandardDeviation(false).evaluate(changes) / Math.sqrt(2);
    }

    public static double bounce(double[] stepLoss) {
        return bounce(stepLoss, 0, stepLoss.length);
    }

    /** The bounce over the last quarter of the steps, where a converged run should be calm. */
    public static double lateBounce(double[] stepLoss) {
        return bounce(stepLoss, stepLoss.length - stepLoss.length / 4, stepLoss.length);
    }
}
