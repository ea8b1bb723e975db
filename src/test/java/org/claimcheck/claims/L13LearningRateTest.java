package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.L13_LR;
import static org.claimcheck.claims.Thresholds.BANKNOTE_CONVERGED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.model.Optimizer;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;

/** Lecture 3.13, section 4 "learning rate": SGD at five learning rates, batch 32, 100 epochs. */
class L13LearningRateTest {

    static final double[] RATES = {0.001, 0.01, 0.1, 1, 10};
    static final Map<String, RunSpec> LR_RUNS = new LinkedHashMap<>();
    /** "Far above": at least one decade higher than lr 1's final loss. */
    static final double FAR_ABOVE = 10;

    static {
        for (double lr : RATES) {
            LR_RUNS.put("lr-" + lr, RunSpec.banknote(6, 6).batch(32, 100).optimizer(Optimizer.SGD).learningRate(lr));
        }
    }

    /** What the lecture says of the five rates, one case each. */
    enum Profile implements CaseKind {
        TOO_SLOW("0.001 too slow", "lr 0.001 has not reached τ by epoch 100"),
        TEN_FAILS("10 fails", "lr 10 diverges or ends at least " + FAR_ABOVE + "× above lr 1's final loss"),
        ONE_FASTEST("1 fastest", "lr 1 reaches τ in the fewest epochs and ends at the lowest loss"),
        LARGER_FASTER("larger converges faster up to 1",
                "from lr 0.001 to 1, a larger lr reaches τ in fewer epochs (never counts as slowest) and ends lower");

        private final String title;
        final String sentence;

        Profile(String title, String sentence) {
            this.title = title;
            this.sentence = sentence;
        }

        @Override
        public String title() {
            return title;
        }

        /** The case's relation on the five runs, whichever seeds they were trained with. */
        boolean holds(Map<String, RecordedRun> runs) {
            List<Double> epochs = runs.values().stream().map(r -> r.epochsToReach(BANKNOTE_CONVERGED)).toList();
            List<Double> finals = runs.values().stream().map(RecordedRun::finalEpochLoss).toList();
            RecordedRun one = runs.get("lr-1.0");
            RecordedRun ten = runs.get("lr-10.0");
            return switch (this) {
                case TOO_SLOW -> Double.isInfinite(runs.get("lr-0.001").epochsToReach(BANKNOTE_CONVERGED));
                case TEN_FAILS -> ten.diverged() || ten.finalEpochLoss() >= FAR_ABOVE * one.finalEpochLoss();
                case ONE_FASTEST -> epochs.stream().allMatch(e -> epochs.get(3) <= e) && finals.stream().allMatch(f -> finals.get(3) <= f);
                case LARGER_FASTER -> Relations.nonIncreasing(epochs.subList(0, 4)) && Relations.strictlyDecreasing(finals.subList(0, 4));
            };
        }
    }

    @ClaimTest(L13_LR)
    void learningRateProfiles(Profile profile, ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(LR_RUNS);
        check.attachCsv("epochs to τ and final loss per learning rate", CurveCsv.table(
                List.of("run", "learning_rate", "epochs_to_tau", "final_epoch_loss", "diverged_at_step", "tau"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().spec().learningRate(),
                        e.getValue().epochsToReach(BANKNOTE_CONVERGED), e.getValue().finalEpochLoss(),
                        e.getValue().diverged() ? e.getValue().divergedAtStep() : "", BANKNOTE_CONVERGED)).toList()));
        check.expect(profile.sentence, profile::holds, runs, Measure.divergedAtStep().forRuns("lr-10.0"),
                Measure.epochsToReach(BANKNOTE_CONVERGED), Measure.finalEpochLoss());
    }
}
