package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.L12_PARAMS;
import static org.claimcheck.claims.Catalogue.L12_SPEED;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.model.KerasDefaults;
import org.claimcheck.model.NetworkFactory;
import org.claimcheck.model.Optimizer;
import org.claimcheck.model.Updaters;
import org.claimcheck.report.Charts;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.StepTimer;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Lecture 3.12, section 4 "training speed": three architectures, full batch, 30 epochs, timed
 * with %timeit in the lecture. Here: warm-up rounds, then interleaved rounds, compared round by
 * round with a signed-rank test, a bootstrap interval and an effect size.
 */
class L12SpeedTest {

    static final Map<String, RunSpec> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put("h6-6", RunSpec.banknote(6, 6).fullBatch(30));
        MODELS.put("h100-100", RunSpec.banknote(100, 100).fullBatch(30));
        MODELS.put("h6-6-6-6-6", RunSpec.banknote(6, 6, 6, 6, 6).fullBatch(30));
    }

    static final int EPOCHS = 30;
    static final int WARM_UP_ROUNDS = 3;
    static final int ROUNDS = 30;

    /** The lecture's three models and the parameter count it gives for each. */
    enum Model implements CaseKind {
        H6_6("[6,6]", 79, 6, 6), H100_100("[100,100]", 10701, 100, 100), H6_6_6_6_6("[6,6,6,6,6]", 205, 6, 6, 6, 6, 6);

        final String widths;
        final long parameters;
        final List<Integer> hidden;

        Model(String widths, long parameters, Integer... hidden) {
            this.widths = widths;
            this.parameters = parameters;
            this.hidden = List.of(hidden);
        }

        @Override
        public String title() {
            return widths + " has " + parameters;
        }
    }

    @ClaimTest(L12_PARAMS)
    void modelSizesAreTheLecturesNumbers(Model model, ClaimCheck check) {
        List<Integer> hidden = model.hidden;
        long expected = model.parameters;
        MultiLayerNetwork network = NetworkFactory.binaryClassifier(4, hidden, Activation.RELU,
                Updaters.of(KerasDefaults.KERAS_2_3.of(Optimizer.ADAM)), RunSpec.LECTURE_INIT_SEED, DataType.FLOAT);
        Map<String, Long> perLayer = new LinkedHashMap<>();
        for (Layer layer : network.getLayers()) {
            perLayer.put("layer " + layer.getIndex() + " (" + layer.getParam("W").size(0) + "→" + layer.getParam("W").size(1) + ")", layer.numParams());
        }
        check.attachChart("parameters per layer", Charts.bars(check.claimCase().toString(), "parameters", perLayer))
                .attachCsv("parameters per layer", CurveCsv.table(List.of("layer", "parameters"),
                        perLayer.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList()))
                .expect("the DL4J network " + model.widths + " has " + expected + " trainable parameters",
                        network.numParams() == expected, "DL4J counts " + network.numParams() + ": " + perLayer);
    }

    /** The deep narrow net against each of the other two. */
    enum Rival implements CaseKind {
        H6_6("h6-6", "[6,6]"), H100_100("h100-100", "[100,100]");

        final String run;
        final String widths;

        Rival(String run, String widths) {
            this.run = run;
            this.widths = widths;
        }

        @Override
        public String title() {
            return "[6,6,6,6,6] slower than " + widths;
        }
    }

    @ClaimTest(L12_SPEED)
    void layersCostMoreTimeThanCells(Rival rival, ClaimCheck check) {
        check.train(MODELS);
        Map<String, double[]> seconds = check.once(Timings.class, Timings::measure).seconds();
        String other = rival.run;
        // Paired by round; within a round the nets' updates alternate, so a slow spell of the machine slows both sides alike.
        TimingComparison comparison = TimingComparison.paired("h6-6-6-6-6", seconds.get("h6-6-6-6-6"), other, seconds.get(other));
        check.attachTimings("seconds per 30-epoch training", seconds)
                .expect("30 epochs of [6,6,6,6,6] take longer than 30 epochs of " + rival.widths,
                        comparison.holds(), comparison.evidence() + "; " + InterleavedTimer.ALONE);
    }

    /**
     * The interleaved timings, measured once per JVM and shared by both cases: the runs are full
     * batch, so an epoch is one update, and a round times the 30 updates of each net alternately
     * (InterleavedTimer.measureSteps); a round's value is 30 times its median update.
     */
    record Timings(Map<String, double[]> seconds) {
        static Timings measure() {
            Map<String, double[]> perUpdate = InterleavedTimer.measureSteps(List.copyOf(MODELS.keySet()),
                    name -> StepTimer.freshUpdate(MODELS.get(name)), EPOCHS, WARM_UP_ROUNDS, ROUNDS);
            Map<String, double[]> seconds = new LinkedHashMap<>();
            perUpdate.forEach((name, medians) -> seconds.put(name, Arrays.stream(medians).map(m -> m * EPOCHS).toArray()));
            return new Timings(seconds);
        }
    }
}
