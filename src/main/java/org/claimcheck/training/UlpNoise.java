package org.claimcheck.training;

import java.util.SplittableRandom;
import org.claimcheck.data.Dataset;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A rounding perturbation of one run (Monte Carlo arithmetic at the last bit, after Parker 1997
 * and Verificarlo): every input value and every initial weight moved by one unit in the last place
 * of the run's data type, up or down or not at all, and at every step every gradient value by a few ulps,
 * all drawn from {@code seed}. The forward pass then differs by a rounding error in every product,
 * and the backward pass by one in every gradient, as on another BLAS kernel, another thread count,
 * another CPU architecture or a GPU; the spec, the seeds and the data order are untouched. An
 * ensemble of such runs shows what rounding alone does to a run: what another arithmetic may do.
 *
 * @param seed the perturbation's own seed (1, 2, …); it never touches the run's seeds
 */
public record UlpNoise(long seed) {
    /** Trains every run of this JVM under the noise of this seed: a perturbed suite run of scripts/record-all. */
    public static final String PROPERTY = "claimcheck.ulp.noise";

    public UlpNoise {
        if (seed < 1) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + seed + ": the noise seed must be a whole number of at least 1");
        }
    }

    /** -D{@value #PROPERTY}=SEED, or empty (no noise, the default). */
    public static java.util.Optional<UlpNoise> fromSystemProperty() {
        String text = System.getProperty(PROPERTY, "").strip();
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new UlpNoise(Long.parseLong(text)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + text + ": the noise seed must be a whole number of at least 1");
        }
    }

    /** e.g. {@code ulp noise 3}: how a perturbed suite names its change. */
    public String change() {
        return "ulp noise " + seed;
    }

    /** The data set with every feature moved by -1, 0 or +1 ulp of {@code type}. */
    public Dataset perturb(Dataset data, DataType type) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 1);
        double[][] features = new double[data.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = data.features()[i].clone();
            for (int j = 0; j < features[i].length; j++) {
                features[i][j] = nudge(features[i][j], random.nextInt(3) - 1, type);
            }
        }
        return new Dataset(data.name(), data.task(), features, data.targets());
    }

    /** The network's parameters, each moved by -1, 0 or +1 ulp of their type. */
    public void perturb(MultiLayerNetwork network) {
        SplittableRandom random = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + 2);
        INDArray params = network.params();
        double[] values = params.castTo(DataType.DOUBLE).dup().data().asDouble();
        for (int i = 0; i < values.length; i++) {
            values[i] = nudge(values[i], random.nextInt(3) - 1, params.dataType());
        }
        network.setParams(Nd4j.createFromArray(values).castTo(params.dataType()).reshape(params.shape()));
    }

    /**
     * Moves every gradient value by up to {@value #GRADIENT_ULPS} ulps (relative) after the backward pass and before the updater
     * reads it, at every step (DL4J calls {@code onGradientCalculation} in between).
     */
    public TrainingListener gradientNoise() {
        SplittableRandom random = new SplittableRandom(seed * 0x165667B19E3779F9L + 3);
        return new BaseTrainingListener() {
            @Override
            public void onGradientCalculation(Model model) {
                INDArray gradient = model.gradient().gradient();
                boolean doubles = gradient.dataType() == DataType.DOUBLE;
                double ulp = doubles ? Math.ulp(1.0) : Math.ulp(1f);
                double[] factors = new double[(int) gradient.length()];
                for (int i = 0; i < factors.length; i++) {
                    factors[i] = 1 + (random.nextInt(2 * GRADIENT_ULPS + 1) - GRADIENT_ULPS) * ulp;
                }
                gradient.muli(Nd4j.createFromArray(factors).castTo(gradient.dataType()).reshape(gradient.shape()));
            }
        };
    }

    /**
     * How far a gradient value moves, in ulps of 1 (up to this many either way, uniformly): a dot
     * product of K terms rounded another way differs by about √K/2 ulps, and the nets here sum up
     * to a few hundred terms per value.
     */
    static final int GRADIENT_ULPS = 4;

    /** {@code value} as {@code type} moved {@code direction} ulps (−1, 0, +1); exact in a double. */
    static double nudge(double value, int direction, DataType type) {
        if (direction == 0 || value == 0 || !Double.isFinite(value)) {
            return type == DataType.DOUBLE ? value : (float) value;
        }
        if (type == DataType.DOUBLE) {
            return direction > 0 ? Math.nextUp(value) : Math.nextDown(value);
        }
        float f = (float) value;
        return direction > 0 ? Math.nextUp(f) : Math.nextDown(f);
    }
}
