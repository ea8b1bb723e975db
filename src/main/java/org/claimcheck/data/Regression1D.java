package org.claimcheck.data;

import java.util.Random;

/**
 * A synthetic stand-in for L12's Instagram planning set, which the course does not ship. It is
 * scaled the way the lecture describes its data: one feature already in [0, 1] ("no need to
 * standardize"), and targets in the tens (the lecture's unit test asks for a final MSE below 15):
 * y = 10 + 20·x + 5·sin(2πx) + N(0, 1), 200 points, x uniform, generated from a fixed seed.
 */
public final class Regression1D {
    public static final String NAME = "regression-1d";
    public static final int POINTS = 200;
    public static final long SEED = 20261121L;
    public static final double NOISE = 1.0;

    private Regression1D() {
    }

    public static Dataset generate() {
        Random random = new Random(SEED);
        double[][] x = new double[POINTS][1];
        double[][] y = new double[POINTS][1];
        for (int i = 0; i < POINTS; i++) {
            x[i][0] = random.nextDouble();
            y[i][0] = 10 + 20 * x[i][0] + 5 * Math.sin(2 * Math.PI * x[i][0]) + NOISE * random.nextGaussian();
        }
        return new Dataset(NAME, Dataset.Task.REGRESSION, x, y);
    }
}
