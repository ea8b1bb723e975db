package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.NNBP_LR_DIVERGE;
import static org.claimcheck.claims.Catalogue.NNBP_LR_SATURATE;
import static org.claimcheck.claims.Catalogue.NNBP_LR_SMALL;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.data.Datasets;
import org.claimcheck.data.Synthetic;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.model.Optimizer;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;

/**
 * NNBP, "learning rate": a 100 → 50 → 20 → 1 sigmoid net, MSE, full-batch SGD without momentum,
 * 200 steps, at lr 100, 10, 1, 0.2 and 0.001, on the notebook's data (one scalar target for every
 * row, as its {@code create_dataset} writes it).
 */
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

    /** The three rates the notebook says blow the loss up. */
    enum LargeRate implements CaseKind {
        LR_100(100), LR_10(10), LR_1(1);

        final double lr;

        LargeRate(double lr) {
            this.lr = lr;
        }

        @Override
        public String title() {
            return "lr " + (lr == Math.rint(lr) ? String.valueOf((long) lr) : String.valueOf(lr));
        }

        String run() {
            return "lr-" + lr;
        }
    }

    @ClaimTest(NNBP_LR_DIVERGE)
    void largeRatesBlowTheLossUp(LargeRate rate, ClaimCheck check) {
        Map<String, RecordedRun> runs = train(check);
        check.expect(rate.title() + " blows the loss up: non-finite, or at least " + BLOW_UP + "× its first value",
                r -> blowsUp(r.get(rate.run())), runs, FIRST_LOSS.forRuns(rate.run(), "lr-0.001"), LARGEST_FINITE_LOSS.forRuns(rate.run()),
                Measure.divergedAtStep().forRuns(rate.run()));
    }

    @ClaimTest(value = NNBP_LR_SATURATE, title = "lr 0.2")
    void lr02SettlesAtABadLoss(ClaimCheck check) {
        Map<String, RecordedRun> runs = train(check);
        check.expect("lr 0.2 stays finite and settles at least " + FAR_ABOVE + "× above lr 0.001's final loss",
                r -> settlesFarAbove(r.get("lr-0.2"), r.get("lr-0.001")), runs, Measure.finalEpochLoss().forRuns("lr-0.2", "lr-0.001"),
                Measure.divergedAtStep().forRuns("lr-0.2"));
    }

    @ClaimTest(value = NNBP_LR_SMALL, title = "lr 0.001")
    void lr0001MinimisesTheLossALot(ClaimCheck check) {
        Map<String, RecordedRun> runs = train(check);
        check.expect("lr 0.001 ends at least two orders of magnitude below its first loss",
                r -> !r.get("lr-0.001").diverged() && lastLoss(r.get("lr-0.001")) <= r.get("lr-0.001").stepLoss()[0] / BLOW_UP,
                runs, FIRST_LOSS.forRuns("lr-0.001"), LAST_LOSS.forRuns("lr-0.001"));
    }

    /** The five runs (bands owned by NNBP-LR-DIVERGE), with their table attached. */
    private static Map<String, RecordedRun> train(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(NNBP_LR_DIVERGE.id(), RUNS);
        check.attachCsv("loss per learning rate", CurveCsv.table(
                List.of("run", "learning_rate", "first_loss", "max_loss", "final_loss", "diverged_at_step", "target"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().spec().learningRate(),
                        e.getValue().stepLoss()[0], maxLoss(e.getValue()), lastLoss(e.getValue()),
                        e.getValue().diverged() ? e.getValue().divergedAtStep() : "", Datasets.load(Synthetic.NNBP_REGRESSION).targets()[0][0])).toList()));
        return runs;
    }

    static final Measure FIRST_LOSS = Measure.perRun("loss of step 1 (before any update)", r -> r.stepLoss()[0]);
    static final Measure LAST_LOSS = Measure.perRun("loss of the last step", NnbpLearningRateTest::lastLoss);
    static final Measure LARGEST_FINITE_LOSS = Measure.perRun("largest finite step loss",
            r -> Arrays.stream(r.stepLoss()).filter(Double::isFinite).max().orElse(Double.NaN));

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
}
