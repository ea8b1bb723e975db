package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.LRF_LINREG;
import static org.claimcheck.claims.Catalogue.LRF_RANGE;
import static org.claimcheck.claims.Catalogue.LRF_SCHED;
import static org.claimcheck.claims.Catalogue.LRF_TUNED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.claimcheck.data.Dataset;
import org.claimcheck.data.Datasets;
import org.claimcheck.data.Mnist;
import org.claimcheck.data.Shuffle;
import org.claimcheck.data.Synthetic;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.model.Optimizer;
import org.claimcheck.model.schedule.FinderRamp;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.LrRangeTest;
import org.claimcheck.training.Trainer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The learning-rate finder study. Its gradient-descent experiments use linear models with the
 * notebook's cost zᵀz/2n, no bias, and its start [1.0, 0.5]; its range test uses the Keras model
 * of the notebook (Flatten → Dense 512 ReLU → softmax, Adam, batch 128) on MNIST, since
 * Fashion-MNIST is not in the course data.
 */
class LrfTest {

    static final Map<String, RunSpec> FINDER_RUNS = new LinkedHashMap<>();
    static final Map<String, RunSpec> LINE_RUNS = new LinkedHashMap<>();
    static final Map<String, RunSpec> TUNED_RUNS = new LinkedHashMap<>();
    /**
     * τ = 0.05 for slope and intercept: five times the least-squares standard errors at noise 0.1
     * and n = 300 (about 0.010 for the slope, 0.006 for the intercept).
     */
    static final double LINE_TOLERANCE = 0.05;

    static {
        FINDER_RUNS.put("finder-1e-6-k8", RunSpec.on(Synthetic.NOISY_LINE).lrfLinearModel().optimizer(Optimizer.SGD)
                .schedule(new FinderRamp(1e-6, 8)).learningRate(1e-6).batch(100, 53));
        LINE_RUNS.put("lr-0.1", RunSpec.on(Synthetic.NOISY_LINE).lrfLinearModel().optimizer(Optimizer.SGD).learningRate(0.1).batch(100, 200));
        for (double lr : new double[] {0.01, 0.2}) {
            TUNED_RUNS.put("lr-" + lr, RunSpec.on(Synthetic.TWO_GAUSSIANS).lrfLinearModel().optimizer(Optimizer.SGD).learningRate(lr)
                    .batch(100, 300));
        }
    }

    /** The notebook's two ramps: the schedule alone, and the lr a network trains with. */
    enum FinderSchedule implements CaseKind {
        ALONE("lr0 1e-5, k 10, 54 iterations"),
        IN_TRAINING("lr0 1e-6, k 8, 53 iterations, in training");

        private final String title;

        FinderSchedule(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    @ClaimTest(LRF_SCHED)
    void finderSchedule(FinderSchedule schedule, ClaimCheck check) {
        boolean training = schedule == FinderSchedule.IN_TRAINING;
        double lr0 = training ? 1e-6 : 1e-5;
        int k = training ? 8 : 10;
        int iterations = training ? 53 : 54;
        double[] used = new double[iterations];
        if (training) {
            RecordedRun run = check.train(FINDER_RUNS).get("finder-1e-6-k8");
            used = run.epochLearningRate();
        } else {
            FinderRamp ramp = new FinderRamp(lr0, k);
            for (int it = 0; it < iterations; it++) {
                used[it] = ramp.valueAt(0, it);
            }
        }
        FormulaAgreement agreement = FormulaAgreement.of(used, ReferenceSchedules.values(training ? "finder-1e-6-k8" : "finder-1e-5-k10"));
        check.attachCsv("lr per iteration", CurveCsv.table(List.of("iteration", "lr", "lr0_times_10_pow_it_over_k"), agreement.rows()));
        check.expect("the " + (training ? "lr the network trained with" : "schedule") + " equals lr0 · 10^(it/k), as the notebook's Python"
                + " computes it (" + ReferenceSchedules.source() + "), to rounding (" + FormulaAgreement.ROUNDING_TEXT + " relative), at each of "
                + iterations + " iterations", agreement.agrees(), agreement.evidence());
    }

    /** The line's two parameters. */
    enum LineParameter implements CaseKind {
        SLOPE("slope"),
        INTERCEPT("intercept");

        private final String title;

        LineParameter(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    @ClaimTest(LRF_LINREG)
    void line(LineParameter parameter, ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(LINE_RUNS);
        boolean slope = parameter == LineParameter.SLOPE;
        double truth = slope ? Synthetic.LINE_SLOPE : Synthetic.LINE_INTERCEPT;
        Predicate<Map<String, RecordedRun>> relation = r -> Math.abs(fitted(r.get("lr-0.1"), slope) - truth) <= LINE_TOLERANCE;
        check.expect("mini-batch gradient descent (lr 0.1, batch 100, 200 epochs) fits the " + parameter.title() + " within "
                        + LINE_TOLERANCE + " of " + truth, relation, runs,
                Measure.perRun("fitted " + parameter.title() + " (true value " + truth + ")", r -> fitted(r, slope)).forRuns("lr-0.1"));
    }

    /** The model's weights are [intercept, slope]: the notebook's design matrix is [1, x]. */
    static double fitted(RecordedRun run, boolean slope) {
        return run.finalParameters()[slope ? 1 : 0];
    }

    @ClaimTest(value = LRF_TUNED, title = "0.2 below 0.01")
    void tuned(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(TUNED_RUNS);
        Predicate<Map<String, RecordedRun>> relation = r -> r.get("lr-0.2").finalEpochLoss() < r.get("lr-0.01").finalEpochLoss();
        check.expect("after 300 iterations the cost at lr 0.2 is below the cost at lr 0.01", relation, runs,
                Measure.finalEpochLoss().forRuns("lr-0.2", "lr-0.01"));
    }

    /** What the notebook says of its range test. */
    enum RangeCase implements CaseKind {
        FALLS_THEN_EXPLODES("falls then explodes"),
        STOPS_BY_THE_RULE("stops by the rule"),
        WEIGHTS_RESTORED("weights restored"),
        SUGGESTED_LR_BEATS_A_BAD_ONE("suggested lr beats a bad one");

        private final String title;

        RangeCase(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    static final double MIN_LR = 0.001;
    static final double MAX_LR = 1;
    static final int RANGE_BATCH = 128;

    static final RunSpec RANGE_MODEL = RunSpec.on(Mnist.TRAIN, 512).optimizer(Optimizer.ADAM).batch(RANGE_BATCH, 2);

    /** One range test, read by all four cases. */
    record RangeRun(LrRangeTest.Result result, int minibatches, boolean weightsRestored) {
    }

    /** Runs the range test (once per JVM, through the check): one pass of shuffled minibatches of 128 from the lecture's seeds. */
    static RangeRun rangeRun() {
        Dataset data = Datasets.load(Mnist.TRAIN);
        int[] rows = Shuffle.permutation(data.size(), RunSpec.LECTURE_ORDER_SEED);
        List<DataSet> minibatches = new ArrayList<>();
        for (int from = 0; from + RANGE_BATCH <= data.size(); from += RANGE_BATCH) {
            minibatches.add(data.rows(rows, from, from + RANGE_BATCH, DataType.FLOAT));
        }
        MultiLayerNetwork network = Trainer.network(RANGE_MODEL, data, RunSpec.LECTURE_INIT_SEED);
        double[] before = network.params().dup().castTo(DataType.DOUBLE).data().asDouble();
        LrRangeTest.Result result = new LrRangeTest(MIN_LR, MAX_LR, minibatches.size(), 0.9).run(network, minibatches);
        double[] after = network.params().dup().castTo(DataType.DOUBLE).data().asDouble();
        return new RangeRun(result, minibatches.size(), java.util.Arrays.equals(before, after));
    }

    @ClaimTest(LRF_RANGE)
    void rangeTest(RangeCase rangeCase, ClaimCheck check) {
        RangeRun run = check.once(RangeRun.class, LrfTest::rangeRun);
        LrRangeTest.Result result = run.result();
        List<List<Object>> curve = new ArrayList<>();
        for (int i = 0; i < result.steps(); i++) {
            curve.add(List.of(i + 1, result.learningRates().get(i), result.losses().get(i), result.smoothedLosses().get(i)));
        }
        check.attachCsv("range test", CurveCsv.table(List.of("step", "lr", "loss", "smoothed_loss"), curve));
        List<Double> smooth = result.smoothedLosses();
        double best = smooth.get(result.bestStep());
        String numbers = String.format(Locale.ROOT, "%d of %d steps; smoothed loss %.4f at lr %.2g, lowest %.4f at lr %.3g (step %d), last %.4g at lr %.3g;"
                        + " stop multiplier %.2f; suggested lr %.3g", result.steps(), run.minibatches(), smooth.get(0), MIN_LR, best,
                result.learningRates().get(result.bestStep()), result.bestStep() + 1, smooth.get(smooth.size() - 1),
                result.learningRates().get(result.steps() - 1), result.stopMultiplier(), result.suggestedLr());
        switch (rangeCase) {
            case FALLS_THEN_EXPLODES -> check.expect("the smoothed loss first falls below its start, then rises past "
                            + result.stopMultiplier() + " × its lowest value", best < smooth.get(0) && result.bestStep() > 0
                            && smooth.get(smooth.size() - 1) > result.stopMultiplier() * best, numbers);
            case STOPS_BY_THE_RULE -> check.expect("the test stops at the first step whose smoothed loss exceeds "
                    + result.stopMultiplier() + " × the best (stop_multiplier = −20·0.9/3 + 10 = 4), before the lr range ends",
                    result.stoppedByRule() && result.stopMultiplier() == 4.0 && firstAbove(smooth, result.stopMultiplier()) == result.steps() - 1,
                    numbers);
            case WEIGHTS_RESTORED -> check.expect("the network's weights after the test equal those before it, bit for bit",
                    run.weightsRestored(), numbers);
            case SUGGESTED_LR_BEATS_A_BAD_ONE -> {
                RunSpec suggested = RANGE_MODEL.learningRate(result.suggestedLr());
                RunSpec bad = RANGE_MODEL.learningRate(MAX_LR);
                Map<String, RecordedRun> trained = check.train(ordered("suggested-lr", suggested, "top-of-range-lr", bad));
                RecordedRun good = trained.get("suggested-lr");
                RecordedRun worse = trained.get("top-of-range-lr");
                check.expect("two epochs at the suggested lr end with a lower loss than two epochs at lr " + MAX_LR + " (the top of the range)",
                        good.finalWholeDataLoss() < worse.finalWholeDataLoss() || worse.diverged(),
                        numbers + String.format(Locale.ROOT, "; data loss after 2 epochs: suggested %.4f, lr %.1f %s", good.finalWholeDataLoss(), MAX_LR,
                                worse.diverged() ? "diverged" : String.format(Locale.ROOT, "%.4f", worse.finalWholeDataLoss())));
            }
        }
    }

    private static Map<String, RunSpec> ordered(String first, RunSpec firstSpec, String second, RunSpec secondSpec) {
        Map<String, RunSpec> specs = new LinkedHashMap<>();
        specs.put(first, firstSpec);
        specs.put(second, secondSpec);
        return specs;
    }

    static int firstAbove(List<Double> smooth, double multiplier) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < smooth.size(); i++) {
            best = Math.min(best, smooth.get(i));
            if (smooth.get(i) > multiplier * best) {
                return i;
            }
        }
        return -1;
    }
}
