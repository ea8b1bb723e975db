package org.claimcheck.claims;

import java.util.Locale;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.claimcheck.data.Datasets;
import org.claimcheck.data.Synthetic;
import org.claimcheck.model.Optimizer;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.training.RunSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NNBP, "learning rate": a 100 → 50 → 20 → 1 sigmoid net, MSE, full-batch SGD without momentum,
 * 200 steps, at lr 100, 10, 1, 0.2 and 0.001, on the notebook's data (one scalar target for every
 * row, as its {@code create_dataset} writes it).
 */
@Tag("claim")
class NnbpLearningRateTest {

    static final double[] RATES = {100, 10, 1, 0.2, 0.001};
    static final Map<String, RunSpec> RUNS = new LinkedHashMap<>();
    /** "Orders of magnitude": two decades. */
    static final double BLOW_UP = 100;
    /** "Far above": one decade above lr 0.001's final loss. */
    static final double FAR_ABOVE = 10;
    /** "Settles": the last 20 % of the epochs move the loss by less than 10 %. */
    static final double SETTLED = 0.10;

    static {
        for (double lr : RATES) {
            RUNS.put("lr-" + lr, RunSpec.torch(Synthetic.NNBP_REGRESSION, Synthetic.NNBP_SEED, 50, 20).activation("sigmoid")
                    .optimizer(Optimizer.SGD).learningRate(lr).fullBatch(200));
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(ClaimCase.onEveryBackend(Catalogue.NNBP_LR_DIVERGE, "lr 100", "lr 10", "lr 1"),
                ClaimCase.onEveryBackend(Catalogue.NNBP_LR_SATURATE, "lr 0.2"),
                ClaimCase.onEveryBackend(Catalogue.NNBP_LR_SMALL, "lr 0.001")).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void learningRates(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Map<String, RecordedRun> runs = check.train(Catalogue.NNBP_LR_DIVERGE.id(), RUNS);
        String run = "lr-" + Double.parseDouble(claimCase.caseName().substring(3));
        check.attachCsv("loss per learning rate", CurveCsv.table(
                List.of("run", "learning_rate", "first_loss", "max_loss", "final_loss", "diverged_at_step", "target"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().spec().learningRate(),
                        e.getValue().stepLoss()[0], maxLoss(e.getValue()), lastLoss(e.getValue()),
                        e.getValue().diverged() ? e.getValue().divergedAtStep() : "", Datasets.load(Synthetic.NNBP_REGRESSION).targets()[0][0])).toList()));
        String numbers = describe(runs.get(run)) + (run.equals("lr-0.001") ? "" : "; " + describe(runs.get("lr-0.001")));
        Predicate<Map<String, RecordedRun>> relation;
        String sentence;
        if (claimCase.claim() == Catalogue.NNBP_LR_DIVERGE) {
            sentence = claimCase.caseName() + " blows the loss up: non-finite, or at least " + BLOW_UP + "× its first value";
            relation = r -> blowsUp(r.get(run));
        } else if (claimCase.claim() == Catalogue.NNBP_LR_SATURATE) {
            sentence = "lr 0.2 stays finite and settles at least " + FAR_ABOVE + "× above lr 0.001's final loss";
            relation = r -> settlesFarAbove(r.get(run), r.get("lr-0.001"));
        } else {
            sentence = "lr 0.001 ends at least two orders of magnitude below its first loss";
            relation = r -> !r.get(run).diverged() && lastLoss(r.get(run)) <= r.get(run).stepLoss()[0] / BLOW_UP;
        }
        check.expect(sentence, relation, runs, numbers).verify();
    }

    static boolean blowsUp(RecordedRun run) {
        return run.diverged() || maxLoss(run) >= BLOW_UP * run.stepLoss()[0];
    }

    static boolean settlesFarAbove(RecordedRun run, RecordedRun small) {
        if (run.diverged()) {
            return false;
        }
        double[] loss = run.epochLoss();
        double late = loss[(int) (loss.length * 0.8)];
        return Math.abs(run.finalEpochLoss() - late) <= SETTLED * late && run.finalEpochLoss() >= FAR_ABOVE * small.finalEpochLoss();
    }

    static double maxLoss(RecordedRun run) {
        return Arrays.stream(run.stepLoss()).map(v -> Double.isNaN(v) ? Double.POSITIVE_INFINITY : v).max().orElse(Double.NaN);
    }

    static double lastLoss(RecordedRun run) {
        return run.stepLoss()[run.stepLoss().length - 1];
    }

    static String describe(RecordedRun run) {
        return "lr " + run.spec().learningRate() + ": first loss " + String.format(Locale.ROOT, "%.4g", run.stepLoss()[0])
                + (run.diverged() ? ", non-finite at step " + run.divergedAtStep() + " (largest finite before: "
                + String.format(Locale.ROOT, "%.3g", Arrays.stream(run.stepLoss()).filter(Double::isFinite).max().orElse(Double.NaN)) + ")"
                : ", final " + String.format(Locale.ROOT, "%.4g", run.finalEpochLoss()));
    }
}
