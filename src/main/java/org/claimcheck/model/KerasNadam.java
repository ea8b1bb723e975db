package org.claimcheck.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * Nadam as Keras 2.3 (and tf.keras 2.x) computes it. ND4J's own {@code Nadam} differs in two
 * ways that change what L13-OPT measures: it does not bias-correct the second moment (its first
 * steps are about 1/sqrt(1 − β2) ≈ 32 times larger) and it has no momentum schedule. See
 * {@link KerasNadamUpdater} for the formulas.
 */
public final class KerasNadam implements IUpdater {
    /** Keras's default schedule_decay. */
    public static final double SCHEDULE_DECAY = 0.004;

    private double learningRate;
    private double beta1;
    private double beta2;
    private double epsilon;
    private double scheduleDecay;

    /** For DL4J's configuration serialisation. */
    public KerasNadam() {
        this(0.002, 0.9, 0.999, 1e-7, SCHEDULE_DECAY);
    }

    public KerasNadam(double learningRate, double beta1, double beta2, double epsilon, double scheduleDecay) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.scheduleDecay = scheduleDecay;
    }

    @Override
    public long stateSize(long numParams) {
        return 2 * numParams;
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        KerasNadamUpdater updater = new KerasNadamUpdater(this);
        long[] gradientShape = Arrays.copyOf(viewArray.shape(), viewArray.rank());
        gradientShape[gradientShape.length - 1] /= 2;
        updater.setStateViewArray(viewArray, gradientShape, viewArray.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> state, boolean initializeStateArrays) {
        KerasNadamUpdater updater = new KerasNadamUpdater(this);
        updater.setState(state, initializeStateArrays);
        return updater;
    }

    @Override
    public KerasNadam clone() {
        return new KerasNadam(learningRate, beta1, beta2, epsilon, scheduleDecay);
    }

    @Override
    public double getLearningRate(int iteration, int epoch) {
        return learningRate;
    }

    @Override
    public boolean hasLearningRate() {
        return true;
    }

    @Override
    public void setLrAndSchedule(double lr, ISchedule schedule) {
        if (schedule != null) {
            throw new UnsupportedOperationException("KerasNadam takes a fixed learning rate, as the lectures use it");
        }
        this.learningRate = lr;
    }

    public double getLearningRate() {
        return learningRate;
    }

    public double getBeta1() {
        return beta1;
    }

    public double getBeta2() {
        return beta2;
    }

    public double getEpsilon() {
        return epsilon;
    }

    public double getScheduleDecay() {
        return scheduleDecay;
    }

    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    public void setBeta1(double beta1) {
        this.beta1 = beta1;
    }

    public void setBeta2(double beta2) {
        this.beta2 = beta2;
    }

    public void setEpsilon(double epsilon) {
        this.epsilon = epsilon;
    }

    public void setScheduleDecay(double scheduleDecay) {
        this.scheduleDecay = scheduleDecay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KerasNadam k && k.learningRate == learningRate && k.beta1 == beta1 && k.beta2 == beta2
                && k.epsilon == epsilon && k.scheduleDecay == scheduleDecay;
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, beta1, beta2, epsilon, scheduleDecay);
    }

    @Override
    public String toString() {
        return "KerasNadam(lr=" + learningRate + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon
                + ", schedule_decay=" + scheduleDecay + ")";
    }
}
