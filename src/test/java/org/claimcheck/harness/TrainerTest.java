package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimcheck.model.Optimizer;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.Trainer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Short real trainings (a few epochs) that pin down what a recorded run means. */
@Tag("harness")
class TrainerTest {

    @Test
    void epochLossIsTheBatchWeightedMeanOfTheStepLossesLikeKerasHistory() {
        RecordedRun run = Trainer.train(RunSpec.banknote(6, 6).batch(32, 2));
        int steps = (1372 + 31) / 32;
        assertEquals(2 * steps, run.stepLoss().length);
        double weighted = 0;
        for (int i = 0; i < steps; i++) {
            weighted += run.stepLoss()[i] * (i < steps - 1 ? 32 : 1372 - 32 * (steps - 1));
        }
        assertEquals(weighted / 1372, run.epochLoss()[0], 1e-12);
        assertNotEquals(run.epochLoss()[0], run.wholeDataLoss()[0], "the whole-data loss is measured after the epoch");
    }

    @Test
    void theSameSeedsGiveTheSameRunBitForBit() {
        RunSpec spec = RunSpec.banknote(6, 6).batch(64, 2);
        RecordedRun a = Trainer.train(spec);
        RecordedRun b = Trainer.train(spec);
        assertArrayEquals(a.stepLoss(), b.stepLoss());
        assertArrayEquals(a.finalParameters(), b.finalParameters());
    }

    @Test
    void anUnseededSpecDrawsAndRecordsFreshSeeds() {
        RecordedRun a = Trainer.train(RunSpec.banknote(6, 6).fullBatch(1).unseeded());
        RecordedRun b = Trainer.train(RunSpec.banknote(6, 6).fullBatch(1).unseeded());
        assertNotEquals(a.initSeed(), b.initSeed());
        assertNotEquals(0, a.initSeed(), "seed 0 would mean 'no seed' to DL4J");
    }

    @Test
    void divergenceIsRecordedAsAResultNotACrash() {
        RecordedRun run = Trainer.train(RunSpec.banknote(6, 6).batch(32, 5).optimizer(Optimizer.SGD).learningRate(1e38));
        assertTrue(run.diverged(), "lr 1e38 overflows float32 weights");
        assertFalse(Double.isFinite(run.stepLoss()[run.divergedAtStep() - 1]));
        assertEquals(run.divergedAtStep(), run.stepLoss().length, "training stops at the first non-finite step");
        assertTrue(run.epochsCompleted() < 5);
    }

    @Test
    void aRunThatDivergesInItsFirstEpochHasNoEpochLossRatherThanACrash() {
        RecordedRun run = Trainer.train(RunSpec.banknote(6, 6).batch(32, 3).optimizer(Optimizer.SGD).learningRate(1e38));
        assertTrue(run.diverged());
        assertEquals(0, run.epochsCompleted(), "diverged at step " + run.divergedAtStep() + " of the 43 steps of epoch 1");
        assertTrue(Double.isNaN(run.firstEpochLoss()));
        assertTrue(Double.isNaN(run.finalEpochLoss()));
        assertEquals(Double.POSITIVE_INFINITY, run.epochsToReach(0.5));
    }

    @Test
    void theWholeDataLossIsAlsoProbedAtLogSpacedSteps() {
        assertArrayEquals(new int[] {1, 2, 5, 10, 20, 50}, RecordedRun.probeSteps(60));
        RecordedRun run = Trainer.train(RunSpec.banknote(6, 6).fullBatch(12));
        assertEquals(4, run.probeLoss().length, "steps 1, 2, 5 and 10");
        assertEquals(run.wholeDataLoss()[9], run.wholeDataLossAtStep(10).orElseThrow(), "full batch: step 10 ends epoch 10");
        assertTrue(run.wholeDataLossAtStep(20).isEmpty(), "not reached");
        assertTrue(run.wholeDataLossAtStep(3).isEmpty(), "not a probe step");
    }

    @Test
    void aSharedRunCannotBeChangedByOneOfItsReaders() {
        RecordedRun run = SyntheticRuns.seeded(SyntheticRuns.SPEC);
        double first = run.epochLoss()[0];
        run.epochLoss()[0] = 99;
        run.finalParameters()[0] = 99;
        run.stepNanos()[0] = 99;
        assertEquals(first, run.epochLoss()[0], "a claim that writes into a curve it read changes it for no other claim");
        assertEquals(1, run.finalParameters()[0]);
        assertEquals(0, run.stepNanos()[0]);
    }
}
