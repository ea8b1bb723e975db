package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.LAB4_CUSTOM_OPT;
import static org.claimcheck.claims.Catalogue.LAB4_SCHEDULES;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.data.Dataset;
import org.claimcheck.data.Synthetic;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.model.ClassicalMomentum;
import org.claimcheck.model.Recipe;
import org.claimcheck.model.schedule.Cosine;
import org.claimcheck.model.schedule.CosineRestarts;
import org.claimcheck.model.schedule.Exponential;
import org.claimcheck.model.schedule.LinearWarmup;
import org.claimcheck.model.schedule.Triangular;
import org.claimcheck.report.CurveCsv;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * LAB4's schedules, each checked at every step against the formula the lab states, and its
 * hand-written SGD with momentum, checked update by update against a plain-Java computation.
 */
class Lab4UpdatesTest {

    static final int STEPS = 300;
    static final double ETA = 0.1;

    /** A schedule, the reference values it must equal (the lab's formula evaluated in Python, see ReferenceSchedules), and ND4J's own where it has one. */
    record Formula(ISchedule schedule, double[] lab, ISchedule nd4jEquivalent) {
    }

    /** The lab's five schedules, each with its formula. */
    enum Schedule implements CaseKind {
        EXPONENTIAL("exponential"), COSINE("cosine"), TRIANGULAR("triangular"), LINEAR_WARM_UP("linear warm-up"),
        CYCLICAL_WITH_RESTARTS("cyclical with restarts");

        private final String title;

        Schedule(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        Formula formula() {
            double[] reference = ReferenceSchedules.values(id());
            return switch (this) {
                case EXPONENTIAL -> new Formula(new Exponential(ETA, 0.99), reference, new ExponentialSchedule(ScheduleType.ITERATION, ETA, 0.99));
                case COSINE -> new Formula(new Cosine(ETA, 0.001, 200), reference, null);
                case TRIANGULAR -> new Formula(new Triangular(ETA, 50, 250), reference, null);
                case LINEAR_WARM_UP -> new Formula(new LinearWarmup(ETA, 50), reference, null);
                case CYCLICAL_WITH_RESTARTS -> new Formula(new CosineRestarts(ETA, 0.001, 100, 0.5), reference, null);
            };
        }
    }

    @ClaimTest(LAB4_SCHEDULES)
    void schedules(Schedule schedule, ClaimCheck check) {
        Formula formula = schedule.formula();
        double[] ours = new double[STEPS];
        double[] nd4j = new double[STEPS];
        for (int t = 0; t < STEPS; t++) {
            ours[t] = formula.schedule().valueAt(t, 0);
            nd4j[t] = formula.nd4jEquivalent() == null ? Double.NaN : formula.nd4jEquivalent().valueAt(t, 0);
        }
        FormulaAgreement agreement = FormulaAgreement.of(ours, formula.lab());
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < STEPS; t++) {
            rows.add(List.of(t, ours[t], formula.lab()[t], formula.nd4jEquivalent() == null ? "" : nd4j[t]));
        }
        check.attachCsv("lr per step", CurveCsv.table(List.of("step", "schedule", "lab_formula", "nd4j_equivalent"), rows));
        check.expect("the " + schedule.title() + " schedule equals the lab's formula, evaluated in Python (" + ReferenceSchedules.source()
                        + "), to rounding (" + FormulaAgreement.ROUNDING_TEXT + " relative), at each of " + STEPS + " steps",
                agreement.agrees(), agreement.evidence() + "; schedule " + formula.schedule());
        if (formula.nd4jEquivalent() != null) {
            int nd4jMismatches = 0;
            for (int t = 0; t < STEPS; t++) {
                nd4jMismatches += Double.doubleToLongBits(ours[t]) == Double.doubleToLongBits(nd4j[t]) ? 0 : 1;
            }
            check.expect("it equals ND4J's own " + formula.nd4jEquivalent().getClass().getSimpleName() + " at every step, bit for bit",
                    nd4jMismatches == 0, nd4jMismatches + " of " + STEPS + " steps differ");
        }
    }

    /** The two checks of the hand-written optimiser. */
    enum CustomOptimizer implements CaseKind {
        EQUALS_PLAIN_JAVA("equals plain Java step by step"), TRAINS_LIKE_TORCH("trains like PyTorch's SGD momentum");

        private final String title;

        CustomOptimizer(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    /**
     * A 2 → 8 → 1 tanh classifier on the circles, batch 10, 60 updates, lr 0.1, momentum 0.9. The
     * plain-Java side takes DL4J's raw gradient at each step (before DL4J divides it by the batch
     * size) and applies M ← γM + η·(g/b), Θ ← Θ − M in float, the network's data type.
     */
    @ClaimTest(LAB4_CUSTOM_OPT)
    void customOptimizer(CustomOptimizer which, ClaimCheck check) {
        Dataset data = Synthetic.circles();
        int batch = 10;
        int steps = 60;
        if (which == CustomOptimizer.EQUALS_PLAIN_JAVA) {
            MultiLayerNetwork network = net(new ClassicalMomentum(ETA, 0.9, ClassicalMomentum.Form.LAB));
            float[] gradient = new float[(int) network.numParams()];
            network.addListeners(new BaseTrainingListener() {
                @Override
                public void onGradientCalculation(Model model) {
                    float[] g = model.gradient().gradient().castTo(DataType.FLOAT).dup().data().asFloat();
                    System.arraycopy(g, 0, gradient, 0, g.length);
                }
            });
            float[] theta = network.params().dup().data().asFloat();
            float[] m = new float[theta.length];
            float lr = (float) ETA;
            float gamma = 0.9f;
            int differing = 0;
            long worstUlps = 0;
            List<List<Object>> rows = new ArrayList<>();
            for (int step = 0; step < steps; step++) {
                network.fit(minibatch(data, step, batch));
                int stepDiffering = 0;
                float[] after = network.params().dup().data().asFloat();
                for (int i = 0; i < theta.length; i++) {
                    float g = gradient[i] / batch;
                    m[i] = m[i] * gamma + g * lr;
                    theta[i] = theta[i] - m[i];
                    long ulps = Math.abs((long) Float.floatToIntBits(theta[i]) - Float.floatToIntBits(after[i]));
                    if (ulps != 0) {
                        stepDiffering++;
                        worstUlps = Math.max(worstUlps, ulps);
                    }
                    theta[i] = after[i];
                }
                differing += stepDiffering;
                rows.add(List.of(step + 1, stepDiffering, after[0], after[after.length - 1]));
            }
            check.attachCsv("parameters differing per step", CurveCsv.table(List.of("step", "differing", "first_param", "last_param"), rows));
            check.expect("after each of " + steps + " updates, every parameter equals the plain-Java M ← γM + η∇, Θ ← Θ − M, bit for bit",
                    differing == 0, differing + " parameter values differ over " + steps + " steps × " + theta.length
                            + " parameters; worst " + worstUlps + " ulp");
        } else {
            MultiLayerNetwork lab = net(new ClassicalMomentum(ETA, 0.9, ClassicalMomentum.Form.LAB));
            MultiLayerNetwork torch = net(new ClassicalMomentum(ETA, 0.9, ClassicalMomentum.Form.TORCH));
            for (int step = 0; step < steps; step++) {
                lab.fit(minibatch(data, step, batch));
                torch.fit(minibatch(data, step, batch));
            }
            double scale = torch.params().amaxNumber().doubleValue();
            double gap = lab.params().castTo(DataType.DOUBLE).sub(torch.params().castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
            check.expect("after " + steps + " updates, the lab's form (η inside the buffer) and PyTorch's (η outside) agree to 1e-5 of the"
                    + " largest parameter: the same algorithm, rounded differently", gap <= 1e-5 * scale,
                    String.format(Locale.ROOT, "largest parameter difference %.3g, largest parameter %.3g", gap, scale));
        }
    }

    static MultiLayerNetwork net(ClassicalMomentum updater) {
        return org.claimcheck.model.NetworkFactory.build(Dataset.Task.BINARY, 2, 1, List.of(8), Activation.TANH, updater, 666,
                DataType.FLOAT, Recipe.KERAS);
    }

    static DataSet minibatch(Dataset data, int step, int batch) {
        int[] rows = java.util.stream.IntStream.range(0, data.size()).toArray();
        int from = (step * batch) % data.size();
        return data.rows(rows, from, from + batch, DataType.FLOAT);
    }
}
