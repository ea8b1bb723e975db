package org.claimcheck.claims;

import static org.claimcheck.claims.Thresholds.BANKNOTE_CONVERGED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimcheck.model.Optimizer;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.training.RunSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lecture 3.13, section 4 "learning rate": SGD at five learning rates, batch 32, 100 epochs. */
@Tag("claim")
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

    static Stream<Arguments> cases() {
        return ClaimCase.onEveryBackend(Catalogue.L13_LR, "0.001 too slow", "10 fails", "1 fastest", "larger converges faster up to 1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void learningRateProfiles(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Map<String, RecordedRun> runs = check.train(LR_RUNS);
        RecordedRun ten = runs.get("lr-10.0");
        List<Double> epochs = runs.values().stream().map(r -> r.epochsToReach(BANKNOTE_CONVERGED)).toList();
        List<Double> finals = runs.values().stream().map(RecordedRun::finalEpochLoss).toList();
        check.attachCsv("epochs to τ and final loss per learning rate", CurveCsv.table(
                List.of("run", "learning_rate", "epochs_to_tau", "final_epoch_loss", "diverged_at_step", "tau"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().spec().learningRate(),
                        e.getValue().epochsToReach(BANKNOTE_CONVERGED), e.getValue().finalEpochLoss(),
                        e.getValue().diverged() ? e.getValue().divergedAtStep() : "", BANKNOTE_CONVERGED)).toList()));
        String numbers = "epochs to τ = " + BANKNOTE_CONVERGED + ": " + Relations.describe(runs.keySet(), epochs)
                + "; final loss: " + Relations.describe(runs.keySet(), finals);
        String sentence = switch (claimCase.caseName()) {
            case "0.001 too slow" -> "lr 0.001 has not reached τ by epoch 100";
            case "10 fails" -> "lr 10 diverges or ends at least " + FAR_ABOVE + "× above lr 1's final loss";
            case "1 fastest" -> "lr 1 reaches τ in the fewest epochs and ends at the lowest loss";
            default -> "from lr 0.001 to 1, a larger lr reaches τ in fewer epochs (never counts as slowest) and ends lower";
        };
        check.expect(sentence, r -> holds(claimCase.caseName(), r), runs,
                (ten.diverged() ? "lr 10 diverged at step " + ten.divergedAtStep() + "; " : "") + numbers);
        check.verify();
    }

    /** The case's relation on the five runs, whichever seeds they were trained with. */
    static boolean holds(String caseName, Map<String, RecordedRun> runs) {
        List<Double> epochs = runs.values().stream().map(r -> r.epochsToReach(BANKNOTE_CONVERGED)).toList();
        List<Double> finals = runs.values().stream().map(RecordedRun::finalEpochLoss).toList();
        RecordedRun one = runs.get("lr-1.0");
        RecordedRun ten = runs.get("lr-10.0");
        return switch (caseName) {
            case "0.001 too slow" -> Double.isInfinite(runs.get("lr-0.001").epochsToReach(BANKNOTE_CONVERGED));
            case "10 fails" -> ten.diverged() || ten.finalEpochLoss() >= FAR_ABOVE * one.finalEpochLoss();
            case "1 fastest" -> epochs.stream().allMatch(e -> epochs.get(3) <= e) && finals.stream().allMatch(f -> finals.get(3) <= f);
            default -> Relations.nonIncreasing(epochs.subList(0, 4)) && Relations.strictlyDecreasing(finals.subList(0, 4));
        };
    }
}
