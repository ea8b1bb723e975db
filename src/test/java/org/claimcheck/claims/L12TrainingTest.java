package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.L12_FIT;
import static org.claimcheck.claims.Catalogue.L12_REGRESSOR;

import java.util.Locale;
import java.util.Map;
import org.claimcheck.data.Regression1D;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;

/**
 * Lecture 3.12, section 2 "training" (the [6, 6] net, full batch, 2000 epochs of Adam) and the
 * regression exercise of section 5 (one hidden layer of 6, MSE, full-batch Adam).
 */
class L12TrainingTest {

    static final RunSpec FIT_RUN = RunSpec.banknote(6, 6).fullBatch(2000);
    /** "Well below the first": at least one decade lower. */
    static final double WELL_BELOW = 10;
    /** "The last 10 % change little": by less than 1 % of the whole descent, as flat as it looks on the lecture's linear plot. */
    static final double LITTLE = 0.01;

    @ClaimTest(value = L12_FIT, title = "[6,6] full batch, 2000 epochs")
    void fullBatchAdamDecreasesTheLossAndConverges(ClaimCheck check) {
        RecordedRun run = check.train(Map.of("h6-6-full-2000", FIT_RUN)).get("h6-6-full-2000");
        double[] loss = run.epochLoss();
        double first = loss[0];
        double last = run.finalEpochLoss();
        int lastTenth = loss.length - loss.length / 10;
        double lateChange = Math.abs(loss[lastTenth - 1] - last);
        String numbers = String.format(Locale.ROOT, "epoch 1: %.5f, epoch %d: %.5f, epoch %d: %.5f; late change %.2e = %.3f %% of the descent",
                first, lastTenth, loss[lastTenth - 1], loss.length, last, lateChange, 100 * lateChange / (first - last));
        check.expect("the loss falls overall: the last epoch's loss is below the first's", last < first, numbers)
                .expect("the final loss is at least " + (int) WELL_BELOW + "× below the first", last * WELL_BELOW <= first, numbers)
                .expect("the last 10 % of epochs change the loss by less than " + (int) (100 * LITTLE) + " % of the whole descent",
                        lateChange < LITTLE * (first - last), numbers);
    }

    /** The lecture's own unit test asks for a final MSE below 15. */
    static final double REGRESSION_TAU = 15;
    static final int FEW_EPOCHS = 500;
    static final int MANY_EPOCHS = 5000;
    static final RunSpec REGRESSOR_RUN = RunSpec.on(Regression1D.NAME, 6).fullBatch(6000);

    /** The two halves of "needs many epochs". */
    enum ManyEpochs implements CaseKind {
        NOT_BELOW_EARLY("not below τ after few epochs"), MORE_THAN_5000("needs more than 5000 epochs");

        private final String title;

        ManyEpochs(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    /** The Instagram planning data of the lecture is not available: this runs on the synthetic {@link Regression1D} set. */
    @ClaimTest(L12_REGRESSOR)
    void aRegressorNeedsManyEpochs(ManyEpochs half, ClaimCheck check) {
        RecordedRun run = check.train(Map.of("regression-1d-h6-full-6000", REGRESSOR_RUN)).get("regression-1d-h6-full-6000");
        double epochsToTau = run.epochsToReach(REGRESSION_TAU);
        double[] loss = run.epochLoss();
        String numbers = String.format(Locale.ROOT, "synthetic data (%s); MSE at epoch 1: %.2f, %d: %.2f, %d: %.2f, %d: %.3f; below τ = %.0f from %s",
                Regression1D.NAME, loss[0], FEW_EPOCHS, loss[FEW_EPOCHS - 1], MANY_EPOCHS, loss[MANY_EPOCHS - 1], loss.length,
                run.finalEpochLoss(), REGRESSION_TAU, Relations.epochs(epochsToTau));
        if (half == ManyEpochs.NOT_BELOW_EARLY) {
            check.expect("the MSE is still above τ = 15 after " + FEW_EPOCHS + " epochs", epochsToTau > FEW_EPOCHS, numbers);
        } else {
            check.expect("the MSE falls below τ = 15 only after more than " + MANY_EPOCHS + " epochs (and within " + loss.length + ")",
                    epochsToTau > MANY_EPOCHS && Double.isFinite(epochsToTau), numbers);
        }
    }
}
