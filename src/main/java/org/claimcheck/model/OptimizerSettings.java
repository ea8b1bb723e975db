package org.claimcheck.model;

/**
 * The hyper-parameters of one optimiser as Keras states them. Fields an optimiser does not use
 * are NaN. {@code rho} is RMSprop's and Adadelta's decay; {@code beta1}/{@code beta2} are Adam's.
 */
public record OptimizerSettings(Optimizer optimizer, double learningRate, double rho, double beta1, double beta2,
                                double epsilon) {

    public OptimizerSettings withLearningRate(double lr) {
        return new OptimizerSettings(optimizer, lr, rho, beta1, beta2, epsilon);
    }
}
