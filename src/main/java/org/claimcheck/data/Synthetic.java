package org.claimcheck.data;

import java.util.Random;

/**
 * The seeded synthetic data sets of the NNBP and LRF notebooks. Each uses its own
 * {@link Random} from a fixed seed, so a data set is the same in every JVM; numpy's and torch's
 * generators cannot be reproduced in Java, so the values differ from the notebooks' while the
 * recipe is theirs.
 */
public final class Synthetic {
    public static final String NNBP_REGRESSION = "nnbp-regression";
    public static final String CIRCLES = "circles";
    public static final String TWO_GAUSSIANS = "two-gaussians";
    public static final String NOISY_LINE = "noisy-line";

    /** NNBP: torch.manual_seed(7); x = randn(1000, 100). */
    public static final long NNBP_SEED = 7;
    /** TensorFlow Playground's circle set: radius 5, the training half of its 500 points, no noise. */
    public static final long CIRCLES_SEED = 96502;
    /** LRF: make_classification(random_state=2020, class_sep=1.7) and make_2d_linear_data(random=2021). */
    public static final long GAUSSIANS_SEED = 2020;
    public static final long LINE_SEED = 2021;
    public static final double LINE_SLOPE = 5;
    public static final double LINE_INTERCEPT = 4;
    public static final double LINE_NOISE = 0.1;

    private Synthetic() {
    }

    /**
     * NNBP's {@code create_dataset(1000, 100)}: x ~ N(0, 1), and y = s² + s with
     * s = sum(x[:, :50] / 10). The notebook's sum has no axis, so s sums the whole 1000 × 50
     * block and every row gets the same scalar target. That is kept on purpose: it is what the
     * notebook trains on, and what its learning-rate claims were made with.
     */
    public static Dataset nnbpRegression() {
        int rows = 1000;
        int columns = 100;
        Random random = new Random(NNBP_SEED);
        double[][] x = new double[rows][columns];
        double s = 0;
        for (double[] row : x) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextGaussian();
                if (c < columns / 2) {
                    s += row[c] / 10;
                }
            }
        }
        double target = s * s + s;
        double[][] y = new double[rows][];
        for (int i = 0; i < rows; i++) {
            y[i] = new double[] {target};
        }
        return new Dataset(NNBP_REGRESSION, Dataset.Task.REGRESSION, x, y);
    }

    /**
     * Two concentric circles as TensorFlow Playground draws them: label 1 inside radius 2.5,
     * label 0 on the ring from 3.5 to 5, angles uniform; raw coordinates, as Playground feeds them.
     * 250 points, half per class: the training half of Playground's 500.
     */
    public static Dataset circles() {
        int perClass = 125;
        double radius = 5;
        Random random = new Random(CIRCLES_SEED);
        double[][] x = new double[2 * perClass][];
        double[][] y = new double[2 * perClass][];
        for (int i = 0; i < 2 * perClass; i++) {
            boolean inner = i % 2 == 0;
            double r = inner ? uniform(random, 0, radius * 0.5) : uniform(random, radius * 0.7, radius);
            double angle = uniform(random, 0, 2 * Math.PI);
            x[i] = new double[] {r * Math.sin(angle), r * Math.cos(angle)};
            y[i] = new double[] {inner ? 1 : 0};
        }
        return new Dataset(CIRCLES, Dataset.Task.BINARY, x, y);
    }

    /**
     * LRF's classification set: 100 points, two unit-variance Gaussian classes centred at ±(1.7, 1.7),
     * 50 each. The notebook fits the 0/1 labels with its linear-regression cost, so the task is
     * regression here too.
     */
    public static Dataset twoGaussians() {
        int perClass = 50;
        double separation = 1.7;
        Random random = new Random(GAUSSIANS_SEED);
        double[][] x = new double[2 * perClass][];
        double[][] y = new double[2 * perClass][];
        for (int i = 0; i < 2 * perClass; i++) {
            double centre = i % 2 == 0 ? -separation : separation;
            x[i] = new double[] {centre + random.nextGaussian(), centre + random.nextGaussian()};
            y[i] = new double[] {i % 2};
        }
        return new Dataset(TWO_GAUSSIANS, Dataset.Task.REGRESSION, x, y);
    }

    /**
     * LRF's {@code make_2d_linear_data(5, 4, 0.1, 300)}: x = linspace(-1, 1, 300), y = 5x + 4 + N(0, 0.1),
     * with the notebook's design matrix X = [1, x], so a linear model without bias fits [intercept, slope].
     */
    public static Dataset noisyLine() {
        int n = 300;
        Random random = new Random(LINE_SEED);
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int i = 0; i < n; i++) {
            double xi = -1.0 + 2.0 * i / (n - 1);
            x[i] = new double[] {1, xi};
            y[i] = new double[] {LINE_SLOPE * xi + LINE_INTERCEPT + LINE_NOISE * random.nextGaussian()};
        }
        return new Dataset(NOISY_LINE, Dataset.Task.REGRESSION, x, y);
    }

    private static double uniform(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }
}
