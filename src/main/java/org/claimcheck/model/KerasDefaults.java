package org.claimcheck.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Optimiser defaults of the lectures' frameworks. ND4J's own defaults differ (its Sgd is lr 1e-3,
 * its RmsProp lr 0.1, its AdaDelta has no lr), so every run spells its settings out from here.
 */
public enum KerasDefaults {
    /** Standalone Keras 2.3, the lectures' era. */
    KERAS_2_3(0.01, 0.001, 0.01, 1.0, 0.001, 0.002, 0.002),
    /** tf.keras 2.x, which lowered Adagrad, Adadelta, Adamax and Nadam to lr 0.001. */
    TF_KERAS_2(0.01, 0.001, 0.001, 0.001, 0.001, 0.001, 0.001),
    /**
     * PyTorch's torch.optim, the NNBP and LAB4 notebooks' framework: RMSprop lr 0.01 with
     * alpha 0.99 and eps 1e-8, Adam eps 1e-8. torch's SGD has no default lr; the 0.01 here is
     * always overridden by the notebooks' own.
     */
    TORCH(0.01, 0.01, 0.01, 1.0, 0.001, 0.002, 0.002, 1e-8, 0.99, 0.9);

    public static final double EPSILON = 1e-7;
    public static final double BETA_1 = 0.9;
    public static final double BETA_2 = 0.999;
    public static final double RMSPROP_RHO = 0.9;
    public static final double ADADELTA_RHO = 0.95;

    private final Map<Optimizer, OptimizerSettings> table = new EnumMap<>(Optimizer.class);

    KerasDefaults(double sgd, double rmsprop, double adagrad, double adadelta, double adam, double adamax, double nadam) {
        this(sgd, rmsprop, adagrad, adadelta, adam, adamax, nadam, EPSILON, RMSPROP_RHO, ADADELTA_RHO);
    }

    KerasDefaults(double sgd, double rmsprop, double adagrad, double adadelta, double adam, double adamax, double nadam,
                  double epsilon, double rmspropRho, double adadeltaRho) {
        double nan = Double.NaN;
        put(new OptimizerSettings(Optimizer.SGD, sgd, nan, nan, nan, nan));
        put(new OptimizerSettings(Optimizer.RMSPROP, rmsprop, rmspropRho, nan, nan, epsilon));
        put(new OptimizerSettings(Optimizer.ADAGRAD, adagrad, nan, nan, nan, epsilon));
        put(new OptimizerSettings(Optimizer.ADADELTA, adadelta, adadeltaRho, nan, nan, epsilon));
        put(new OptimizerSettings(Optimizer.ADAM, adam, nan, BETA_1, BETA_2, epsilon));
        put(new OptimizerSettings(Optimizer.ADAMAX, adamax, nan, BETA_1, BETA_2, epsilon));
        put(new OptimizerSettings(Optimizer.NADAM, nadam, nan, BETA_1, BETA_2, epsilon));
    }

    private void put(OptimizerSettings settings) {
        table.put(settings.optimizer(), settings);
    }

    public OptimizerSettings of(Optimizer optimizer) {
        return table.get(optimizer);
    }
}
