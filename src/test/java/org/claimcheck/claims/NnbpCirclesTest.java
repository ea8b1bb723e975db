package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.NNBP_ACTIVATION;
import static org.claimcheck.claims.Catalogue.NNBP_DEPTH;
import static org.claimcheck.claims.Catalogue.NNBP_INIT;
import static org.claimcheck.claims.Thresholds.CIRCLES_TRAINED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.claimcheck.data.Synthetic;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.junit.TrainsAhead;
import org.claimcheck.model.Init;
import org.claimcheck.model.Optimizer;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;

/**
 * NNBP's TensorFlow Playground exercises on two concentric circles: hidden layers [4, 2], SGD,
 * batch 10, Playground's initialisation, 1000 epochs. Playground's output is a tanh unit with
 * squared loss on ±1 labels; here it is a sigmoid with binary cross-entropy on 0/1 labels, the
 * harness's binary classifier. The initialisation exercise follows the notebook's rules of thumb
 * instead: Adam at lr 0.001, He normal for ReLU, Glorot normal for tanh, on a deeper [8, 8, 8, 8] net.
 */
@TrainsAhead
class NnbpCirclesTest {

    static final int EPOCHS = 1000;
    static final Map<String, RunSpec> ACTIVATION_RUNS = new LinkedHashMap<>();
    static final Map<String, RunSpec> DEPTH_RUNS = new LinkedHashMap<>();
    static final Map<String, RunSpec> INIT_RUNS = new LinkedHashMap<>();
    /** "Far slower": at least 5× the epochs to τ (the lecture saw about 100×). */
    static final double FAR_SLOWER = 5;
    /** NNBP's "badly scaled" initialisation: the good one times 10. */
    static final double BAD_SCALE = 10;
    static final int INIT_EPOCHS = 200;

    static {
        ACTIVATION_RUNS.put("relu-0.03", playground("relu", 0.03, 4, 2));
        ACTIVATION_RUNS.put("tanh-0.03", playground("tanh", 0.03, 4, 2));
        ACTIVATION_RUNS.put("sigmoid-0.03", playground("sigmoid", 0.03, 4, 2));
        ACTIVATION_RUNS.put("sigmoid-0.3", playground("sigmoid", 0.3, 4, 2));
        DEPTH_RUNS.put("relu-shallow", playground("relu", 0.03, 4, 2));
        DEPTH_RUNS.put("relu-deep", playground("relu", 0.03, 4, 2, 2, 2, 2, 2));
        DEPTH_RUNS.put("sigmoid-shallow", playground("sigmoid", 0.3, 4, 2));
        DEPTH_RUNS.put("sigmoid-deep", playground("sigmoid", 0.3, 4, 2, 2, 2, 2, 2));
        INIT_RUNS.put("relu-he", thumb("relu", Init.HE_NORMAL, 1));
        INIT_RUNS.put("relu-he-x10", thumb("relu", Init.HE_NORMAL, BAD_SCALE));
        INIT_RUNS.put("tanh-glorot", thumb("tanh", Init.GLOROT_NORMAL, 1));
        INIT_RUNS.put("tanh-glorot-x10", thumb("tanh", Init.GLOROT_NORMAL, BAD_SCALE));
    }

    static RunSpec playground(String activation, double lr, Integer... hidden) {
        return RunSpec.on(Synthetic.CIRCLES, hidden).activation(activation).init(Init.PLAYGROUND).optimizer(Optimizer.SGD)
                .learningRate(lr).batch(10, EPOCHS);
    }

    static RunSpec thumb(String activation, Init init, double scale) {
        return RunSpec.on(Synthetic.CIRCLES, 8, 8, 8, 8).activation(activation).init(init, scale).optimizer(Optimizer.ADAM)
                .batch(10, INIT_EPOCHS);
    }

    /** The two halves of the activation claim. */
    enum ActivationCase implements CaseKind {
        SIGMOID_FAR_SLOWER("sigmoid far slower at 0.03"), SIGMOID_FASTER_AT_HIGHER_LR("sigmoid faster at 0.3");

        private final String title;

        ActivationCase(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    @ClaimTest(NNBP_ACTIVATION)
    void activation(ActivationCase activationCase, ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(ACTIVATION_RUNS);
        attachEpochs(check, runs);
        Predicate<Map<String, RecordedRun>> relation;
        String sentence;
        if (activationCase == ActivationCase.SIGMOID_FAR_SLOWER) {
            check.chartFocus(CIRCLES_TRAINED, "sigmoid-0.03", "relu-0.03", "tanh-0.03");
            sentence = "at lr 0.03, sigmoid needs at least " + FAR_SLOWER + "× the epochs to τ of ReLU and of tanh (or never gets there)";
            relation = r -> epochs(r, "sigmoid-0.03") >= FAR_SLOWER * Math.max(epochs(r, "relu-0.03"), epochs(r, "tanh-0.03"))
                    && Double.isFinite(epochs(r, "relu-0.03")) && Double.isFinite(epochs(r, "tanh-0.03"));
        } else {
            check.chartFocus(CIRCLES_TRAINED, "sigmoid-0.3", "sigmoid-0.03");
            sentence = "sigmoid reaches τ in fewer epochs at lr 0.3 than at lr 0.03";
            relation = r -> epochs(r, "sigmoid-0.3") < epochs(r, "sigmoid-0.03");
        }
        check.expect(sentence, relation, runs, CIRCLES_NUMBERS);
    }

    /** The activation of the shallow and the deep net. */
    enum DepthActivation implements CaseKind {
        RELU, SIGMOID;

        @Override
        public String title() {
            return id();
        }
    }

    @ClaimTest(NNBP_DEPTH)
    void depth(DepthActivation activation, ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(DEPTH_RUNS);
        attachEpochs(check, runs);
        String shallow = activation.id() + "-shallow";
        String deep = activation.id() + "-deep";
        check.chartFocus(CIRCLES_TRAINED, shallow, deep);
        Predicate<Map<String, RecordedRun>> relation = r -> harder(r.get(deep), r.get(shallow));
        check.expect(activation.title() + " with 6 hidden layers [4, 2, 2, 2, 2, 2] reaches τ later than with [4, 2], or not at all"
                        + " (if neither does, it ends at a higher loss)", relation, runs, CIRCLES_NUMBERS);
    }

    static boolean harder(RecordedRun deep, RecordedRun shallow) {
        double d = deep.epochsToReach(CIRCLES_TRAINED);
        double s = shallow.epochsToReach(CIRCLES_TRAINED);
        return Double.isInfinite(d) && Double.isInfinite(s) ? deep.finalEpochLoss() > shallow.finalEpochLoss() : d > s;
    }

    /** Each activation with its suited initialisation, at the right scale and ×10. */
    enum Initialisation implements CaseKind {
        RELU_HE("relu: He normal trains", "relu-he"),
        RELU_HE_X10("relu: He normal ×10 stalls or blows up", "relu-he-x10"),
        TANH_GLOROT("tanh: Glorot normal trains", "tanh-glorot"),
        TANH_GLOROT_X10("tanh: Glorot normal ×10 stalls or blows up", "tanh-glorot-x10");

        private final String title;
        final String run;

        Initialisation(String title, String run) {
            this.title = title;
            this.run = run;
        }

        @Override
        public String title() {
            return title;
        }
    }

    @ClaimTest(NNBP_INIT)
    void initialisation(Initialisation init, ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(INIT_RUNS);
        attachEpochs(check, runs);
        String run = init.run;
        boolean good = !run.endsWith("x10");
        check.chartFocus(CIRCLES_TRAINED, run);
        Predicate<Map<String, RecordedRun>> relation = good
                ? r -> Double.isFinite(epochs(r, run))
                : r -> r.get(run).diverged() || Double.isInfinite(epochs(r, run));
        check.expect(good ? run + " reaches τ = " + CIRCLES_TRAINED + " within " + INIT_EPOCHS + " epochs"
                        : run + " diverges or never reaches τ = " + CIRCLES_TRAINED + " within " + INIT_EPOCHS + " epochs",
                relation, runs, Measure.epochsToReach(CIRCLES_TRAINED), Measure.finalEpochLoss(), Measure.divergedAtStep().forRuns(run));
    }

    static double epochs(Map<String, RecordedRun> runs, String name) {
        return runs.get(name).epochsToReach(CIRCLES_TRAINED);
    }

    /** Epochs to τ, and each run's last epoch loss (which decides when neither reaches τ). */
    static final Measure[] CIRCLES_NUMBERS = {Measure.epochsToReach(CIRCLES_TRAINED), Measure.finalEpochLoss()};

    static void attachEpochs(ClaimCheck check, Map<String, RecordedRun> runs) {
        check.attachCsv("epochs to τ per run", CurveCsv.table(List.of("run", "epochs_to_tau", "final_epoch_loss", "diverged_at_step", "tau"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().epochsToReach(CIRCLES_TRAINED),
                        e.getValue().finalEpochLoss(), e.getValue().diverged() ? e.getValue().divergedAtStep() : "", CIRCLES_TRAINED)).toList()));
    }
}
