package org.claimcheck.model;

import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * SGD with classical (heavy-ball) momentum, which ND4J lacks: its {@code Nesterovs} is Nesterov
 * momentum. Two algebraically equal forms, which round differently:
 * <ul>
 * <li>{@link Form#TORCH}, {@code torch.optim.SGD(momentum=μ)}: B ← μB + ∇, Θ ← Θ − η·B;</li>
 * <li>{@link Form#LAB}, LAB4's hand-written {@code SGD_Alternate}: M ← γM + η∇, Θ ← Θ − M.</li>
 * </ul>
 * Both start from a zero buffer, so the first step is η∇ as in the lab and in PyTorch. With μ = 0
 * this is plain SGD. PyTorch's weight decay (∇ + wd·Θ before the momentum) is DL4J's L2
 * regularisation, set on the layers.
 */
public final class ClassicalMomentum implements IUpdater {
    public enum Form { TORCH, LAB }

    private ISchedule learningRate;
    private double momentum;
    private Form form;

    /** For DL4J's configuration serialisation. */
    public ClassicalMomentum() {
        this(new FixedSchedule(0.1), 0.9, Form.TORCH);
    }

    public ClassicalMomentum(double learningRate, double momentum, Form form) {
        this(new FixedSchedule(learningRate), momentum, form);
    }

    public ClassicalMomentum(ISchedule learningRate, double momentum, Form form) {
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.form = form;
    }

    @Override
    public long stateSize(long numParams) {
        return momentum == 0 ? 0 : numParams;
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        Step step = new Step(this);
        step.setStateViewArray(viewArray, viewArray == null ? null : viewArray.shape(), 'c', initializeViewArray);
        return step;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> state, boolean initializeStateArrays) {
        Step step = new Step(this);
        step.setState(state, initializeStateArrays);
        return step;
    }

    @Override
    public ClassicalMomentum clone() {
        return new ClassicalMomentum(learningRate.clone(), momentum, form);
    }

    @Override
    public double getLearningRate(int iteration, int epoch) {
        return learningRate.valueAt(iteration, epoch);
    }

    @Override
    public boolean hasLearningRate() {
        return true;
    }

    @Override
    public void setLrAndSchedule(double lr, ISchedule schedule) {
        this.learningRate = schedule != null ? schedule : new FixedSchedule(lr);
    }

    public ISchedule getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(ISchedule learningRate) {
        this.learningRate = learningRate;
    }

    public double getMomentum() {
        return momentum;
    }

    public void setMomentum(double momentum) {
        this.momentum = momentum;
    }

    public Form getForm() {
        return form;
    }

    public void setForm(Form form) {
        this.form = form;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassicalMomentum c && c.learningRate.equals(learningRate) && c.momentum == momentum && c.form == form;
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, momentum, form);
    }

    @Override
    public String toString() {
        return "ClassicalMomentum(" + form + ", lr=" + learningRate + ", momentum=" + momentum + ")";
    }

    /** Turns the gradient, in place, into the step DL4J subtracts from the parameters. */
    static final class Step implements GradientUpdater<ClassicalMomentum> {
        private final ClassicalMomentum config;
        private INDArray buffer;

        Step(ClassicalMomentum config) {
            this.config = config;
        }

        @Override
        public ClassicalMomentum getConfig() {
            return config;
        }

        @Override
        public void setState(Map<String, INDArray> state, boolean initialize) {
            buffer = state.get("M");
            if (buffer != null && initialize) {
                buffer.assign(0);
            }
        }

        @Override
        public Map<String, INDArray> getState() {
            return buffer == null ? Map.of() : Map.of("M", buffer);
        }

        @Override
        public void setStateViewArray(INDArray viewArray, long[] gradientShape, char order, boolean initialize) {
            if (config.momentum == 0) {
                return;
            }
            buffer = viewArray.reshape(order, gradientShape);
            if (initialize) {
                buffer.assign(0);
            }
        }

        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            double lr = config.learningRate.valueAt(iteration, epoch);
            if (config.momentum == 0) {
                gradient.muli(lr);
                return;
            }
            if (config.form == Form.TORCH) {
                buffer.muli(config.momentum).addi(gradient);
                gradient.assign(buffer).muli(lr);
            } else {
                buffer.muli(config.momentum).addi(gradient.muli(lr));
                gradient.assign(buffer);
            }
        }
    }
}
