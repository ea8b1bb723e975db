package org.claimcheck.model;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One step of Keras 2.3's Nadam, with t = iteration + 1:
 * <pre>
 * μ_t      = β1 · (1 − ½ · 0.96^(t·decay))            μ_{t+1} likewise
 * S_t      = μ_1 · … · μ_t                            (Keras's m_schedule)
 * m        = β1 m + (1 − β1) g                        v = β2 v + (1 − β2) g²
 * m̄        = (1 − μ_t) · g / (1 − S_t) + μ_{t+1} · m / (1 − S_t · μ_{t+1})
 * update   = lr · m̄ / (sqrt(v / (1 − β2^t)) + ε)      (DL4J subtracts it from the parameters)
 * </pre>
 */
public final class KerasNadamUpdater implements GradientUpdater<KerasNadam> {
    private final KerasNadam config;
    private INDArray m;
    private INDArray v;
    private int scheduleIteration = -1;
    private double schedule = 1.0;

    KerasNadamUpdater(KerasNadam config) {
        this.config = config;
    }

    @Override
    public KerasNadam getConfig() {
        return config;
    }

    @Override
    public void setState(Map<String, INDArray> state, boolean initialize) {
        m = state.get("M");
        v = state.get("V");
        if (m == null || v == null) {
            throw new IllegalStateException("KerasNadam state needs arrays M and V, got " + state.keySet());
        }
        if (initialize) {
            m.assign(0);
            v.assign(0);
        }
    }

    @Override
    public Map<String, INDArray> getState() {
        Map<String, INDArray> state = new HashMap<>();
        state.put("M", m);
        state.put("V", v);
        return state;
    }

    @Override
    public void setStateViewArray(INDArray viewArray, long[] gradientShape, char order, boolean initialize) {
        if (initialize) {
            viewArray.assign(0);
        }
        long half = viewArray.length() / 2;
        m = Shape.newShapeNoCopy(half(viewArray, 0, half), gradientShape, order == 'f');
        v = Shape.newShapeNoCopy(half(viewArray, half, 2 * half), gradientShape, order == 'f');
    }

    /** A view of [from, to) of the state vector, which DL4J hands over as shape [n] or [1, n]. */
    private static INDArray half(INDArray view, long from, long to) {
        return view.rank() == 1 ? view.get(NDArrayIndex.interval(from, to))
                : view.get(NDArrayIndex.point(0), NDArrayIndex.interval(from, to));
    }

    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        int t = iteration + 1;
        double beta1 = config.getBeta1();
        double beta2 = config.getBeta2();
        double momentumT = momentum(t);
        double momentumNext = momentum(t + 1);
        double scheduleT = scheduleAt(t);
        double scheduleNext = scheduleT * momentumNext;

        m.muli(beta1).addi(gradient.mul(1 - beta1));
        v.muli(beta2).addi(gradient.mul(gradient).muli(1 - beta2));
        INDArray mBar = gradient.mul((1 - momentumT) / (1 - scheduleT)).addi(m.mul(momentumNext / (1 - scheduleNext)));
        INDArray denominator = Transforms.sqrt(v.div(1 - Math.pow(beta2, t)), false).addi(config.getEpsilon());
        gradient.assign(mBar.divi(denominator).muli(config.getLearningRate()));
    }

    private double momentum(int t) {
        return config.getBeta1() * (1 - 0.5 * Math.pow(0.96, t * config.getScheduleDecay()));
    }

    /** S_t = μ_1 · … · μ_t, advanced one step at a time and recomputed if iterations jump. */
    private double scheduleAt(int t) {
        if (scheduleIteration != t - 1) {
            schedule = 1.0;
            for (int i = 1; i < t; i++) {
                schedule *= momentum(i);
            }
        }
        schedule *= momentum(t);
        scheduleIteration = t;
        return schedule;
    }
}
