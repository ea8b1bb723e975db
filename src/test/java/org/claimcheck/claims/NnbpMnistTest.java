package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.NNBP_ADAM_EARLY;
import static org.claimcheck.claims.Catalogue.NNBP_WD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.claimcheck.data.Mnist;
import org.claimcheck.data.Synthetic;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.model.Optimizer;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;

/**
 * NNBP on MNIST: its 784 → 200 → 100 → 10 ReLU classifier, softmax cross-entropy, batch 100,
 * trained on the fixed 8 000-image split of the MNIST test set. "Regularization": plain SGD at
 * lr 0.01 with weight decay 10, 1 and 0.1 for the 600 steps of the notebook's first 60 000-image
 * epoch (7.5 epochs here). "Rules of thumb": Adam (lr 0.001) against SGD (lr 0.01) over the first steps.
 */
class NnbpMnistTest {

    static final Map<String, RunSpec> WD_RUNS = new LinkedHashMap<>();
    static final Map<String, RunSpec> EARLY_RUNS = new LinkedHashMap<>();
    /** The notebook's first epoch: 60 000 images in batches of 100. */
    static final int LECTURE_EPOCH_STEPS = 600;
    /**
     * "Near 10 %": at most 20 % train accuracy, twice chance. The most frequent digit is 11.4 % of
     * the split, so a net that predicts one class sits at 10–11 %.
     */
    static final double NEAR_CHANCE = 0.20;
    /**
     * "Clearly higher": at least 50 % train accuracy after the lecture's step count (the lecture
     * saw 75 %); at seed 7, wd 10 and 1 end at 11.4 % and wd 0.1 at 86 %.
     */
    static final double LEARNS = 0.50;
    static {
        for (double wd : new double[] {10, 1, 0.1}) {
            WD_RUNS.put("wd-" + wd, mlp().optimizer(Optimizer.SGD).learningRate(0.01).weightDecay(wd).batch(100, 8)
                    .maxSteps(LECTURE_EPOCH_STEPS));
        }
        EARLY_RUNS.put("sgd", mlp().optimizer(Optimizer.SGD).learningRate(0.01).batch(100, 2).maxSteps(100));
        EARLY_RUNS.put("adam", mlp().optimizer(Optimizer.ADAM).batch(100, 2).maxSteps(100));
    }

    static RunSpec mlp() {
        return RunSpec.torch(Mnist.TRAIN, Synthetic.NNBP_SEED, 200, 100);
    }

    /** The notebook's three weight decays and what it says of each. */
    enum Decay implements CaseKind {
        WD_10("wd 10", "wd-10.0", true), WD_1("wd 1", "wd-1.0", true), WD_0_1("wd 0.1", "wd-0.1", false);

        final String label;
        final String run;
        final boolean nearChance;

        Decay(String label, String run, boolean nearChance) {
            this.label = label;
            this.run = run;
            this.nearChance = nearChance;
        }

        @Override
        public String title() {
            return label + (nearChance ? " near chance" : " learns");
        }
    }

    @ClaimTest(NNBP_WD)
    void weightDecay(Decay decay, ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(WD_RUNS);
        check.attachCsv("train accuracy per weight decay", CurveCsv.table(List.of("run", "weight_decay", "steps", "train_accuracy", "data_loss"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().spec().recipe().hiddenDecay(),
                        e.getValue().stepLoss().length, e.getValue().finalAccuracy(), e.getValue().finalWholeDataLoss())).toList()));
        String run = decay.run;
        Predicate<Map<String, RecordedRun>> relation;
        String sentence;
        if (decay.nearChance) {
            sentence = decay.label + " stays near chance: train accuracy at most " + pct(NEAR_CHANCE);
            relation = r -> r.get(run).finalAccuracy() <= NEAR_CHANCE;
        } else {
            sentence = "wd 0.1 reaches at least " + pct(LEARNS) + " train accuracy, above wd 1 and wd 10";
            relation = r -> r.get(run).finalAccuracy() >= LEARNS && r.get(run).finalAccuracy() > r.get("wd-1.0").finalAccuracy()
                    && r.get(run).finalAccuracy() > r.get("wd-10.0").finalAccuracy();
        }
        check.expect(sentence, relation, runs, Measure.perRun("train accuracy after " + LECTURE_EPOCH_STEPS
                + " steps (the final net on the whole 8 000-image training split; the lecture quotes the running average over its epoch)",
                RecordedRun::finalAccuracy));
    }

    /** The three early points at which Adam and SGD are compared. */
    enum EarlyStep implements CaseKind {
        AFTER_10(10), AFTER_50(50), AFTER_100(100);

        final int steps;

        EarlyStep(int steps) {
            this.steps = steps;
        }

        @Override
        public String title() {
            return "after " + steps + " steps";
        }
    }

    @ClaimTest(NNBP_ADAM_EARLY)
    void adamEarly(EarlyStep early, ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(EARLY_RUNS);
        int k = early.steps;
        check.attachCsv("whole-data loss after k steps", CurveCsv.table(List.of("steps", "sgd", "adam"),
                java.util.Arrays.stream(EarlyStep.values()).map(e -> e.steps).map(s -> List.<Object>of(s,
                        runs.get("sgd").wholeDataLossAtStep(s).orElse(Double.NaN), runs.get("adam").wholeDataLossAtStep(s).orElse(Double.NaN)))
                        .toList()));
        Predicate<Map<String, RecordedRun>> relation = r -> r.get("adam").wholeDataLossAtStep(k).orElseThrow()
                < r.get("sgd").wholeDataLossAtStep(k).orElseThrow();
        check.expect("after " + k + " steps, Adam (lr 0.001) has a lower whole-data loss than SGD (lr 0.01)", relation, runs,
                Measure.perRun("whole-data loss after " + k + " steps", r -> r.wholeDataLossAtStep(k).orElseThrow()).forRuns("adam", "sgd"));
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * fraction);
    }
}
