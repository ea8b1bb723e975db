package org.claimcheck.claims;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimcheck.model.KerasDefaults;
import org.claimcheck.model.NetworkFactory;
import org.claimcheck.model.Optimizer;
import org.claimcheck.model.Updaters;
import org.claimcheck.report.Charts;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.training.RunSpec;
import org.claimcheck.training.Trainer;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Lecture 3.12, section 4 "training speed": three architectures, full batch, 30 epochs, timed
 * with %timeit in the lecture. Here: warm-up rounds, then interleaved rounds, compared round by
 * round with a signed-rank test, a bootstrap interval and an effect size.
 */
@Tag("claim")
class L12SpeedTest {

    static final Map<String, RunSpec> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put("h6-6", RunSpec.banknote(6, 6).fullBatch(30));
        MODELS.put("h100-100", RunSpec.banknote(100, 100).fullBatch(30));
        MODELS.put("h6-6-6-6-6", RunSpec.banknote(6, 6, 6, 6, 6).fullBatch(30));
    }

    static final int WARM_UP_ROUNDS = 3;
    static final int ROUNDS = 30;

    static Stream<Arguments> parameterCounts() {
        return ClaimCase.onEveryBackend(Catalogue.L12_PARAMS, "[6,6] has 79", "[100,100] has 10701", "[6,6,6,6,6] has 205");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parameterCounts")
    void modelSizesAreTheLecturesNumbers(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        String[] parts = claimCase.caseName().split(" has ");
        List<Integer> hidden = Arrays.stream(parts[0].replaceAll("[\\[\\]]", "").split(",")).map(Integer::valueOf).toList();
        long expected = Long.parseLong(parts[1]);
        MultiLayerNetwork network = NetworkFactory.binaryClassifier(4, hidden, Activation.RELU,
                Updaters.of(KerasDefaults.KERAS_2_3.of(Optimizer.ADAM)), RunSpec.LECTURE_INIT_SEED, DataType.FLOAT);
        Map<String, Long> perLayer = new LinkedHashMap<>();
        for (Layer layer : network.getLayers()) {
            perLayer.put("layer " + layer.getIndex() + " (" + layer.getParam("W").size(0) + "→" + layer.getParam("W").size(1) + ")", layer.numParams());
        }
        check.attachChart("parameters per layer", Charts.bars(claimCase.toString(), "parameters", perLayer))
                .attachCsv("parameters per layer", CurveCsv.table(List.of("layer", "parameters"),
                        perLayer.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList()))
                .expect("the DL4J network " + parts[0] + " has " + expected + " trainable parameters",
                        network.numParams() == expected, "DL4J counts " + network.numParams() + ": " + perLayer)
                .verify();
    }

    static Stream<Arguments> deeperIsSlower() {
        return ClaimCase.onEveryBackend(Catalogue.L12_SPEED, "[6,6,6,6,6] slower than [6,6]", "[6,6,6,6,6] slower than [100,100]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deeperIsSlower")
    void layersCostMoreTimeThanCells(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Timings timings = Timings.measured();
        timings.lastRuns().forEach((name, run) -> check.add(Catalogue.L12_SPEED.id(), name, run));
        String other = claimCase.caseName().endsWith("[6,6]") ? "h6-6" : "h100-100";
        // Paired by round: the rounds are interleaved, so a slow spell of the machine slows both sides of a pair.
        TimingComparison comparison = TimingComparison.paired("h6-6-6-6-6", timings.seconds().get("h6-6-6-6-6"), other,
                timings.seconds().get(other));
        check.attachTimings("seconds per 30-epoch training", timings.seconds())
                .expect("30 epochs of [6,6,6,6,6] take longer than 30 epochs of " + other.replace("h", "[").replace("-", ",") + "]",
                        comparison.holds(), comparison.evidence() + "; " + InterleavedTimer.ALONE)
                .verify();
    }

    /** The interleaved timings, measured once per JVM and shared by both cases. */
    record Timings(Map<String, double[]> seconds, Map<String, RecordedRun> lastRuns) {
        private static Timings measured;

        static synchronized Timings measured() {
            if (measured == null) {
                Map<String, RecordedRun> last = new LinkedHashMap<>();
                Map<String, double[]> seconds = InterleavedTimer.measure(List.copyOf(MODELS.keySet()), name -> {
                    RecordedRun run = Trainer.train(MODELS.get(name));
                    last.put(name, run);
                    return run.trainingSeconds();
                }, WARM_UP_ROUNDS, ROUNDS);
                measured = new Timings(seconds, last);
            }
            return measured;
        }
    }
}
