package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.L13_BATCH_EPOCHS;
import static org.claimcheck.claims.Catalogue.L13_BATCH_FINAL;
import static org.claimcheck.claims.Catalogue.L13_BATCH_NOISE;
import static org.claimcheck.claims.Catalogue.L13_BATCH_START;
import static org.claimcheck.claims.Catalogue.L13_BATCH_STEP_EFFICIENCY;
import static org.claimcheck.claims.Catalogue.L13_BATCH_TIME;
import static org.claimcheck.claims.Thresholds.BANKNOTE_CONVERGED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.StepTimer;

/**
 * Lecture 3.13, section 3.1 "loss vs epochs": the banknote net trained with Adam at six batch
 * sizes, each with the lecture's number of epochs.
 */
class L13BatchSizeTest {

    /** The lecture's Setting(batch_size, epochs) pairs. */
    static final Map<String, RunSpec> BATCH_RUNS = new LinkedHashMap<>();

    static {
        int[][] settings = {{1, 10}, {2, 20}, {8, 80}, {32, 100}, {128, 200}, {1372, 1500}};
        for (int[] s : settings) {
            BATCH_RUNS.put("batch-" + s[0], RunSpec.banknote(6, 6).batch(s[0], s[1]));
        }
    }

    @ClaimTest(value = L13_BATCH_EPOCHS, title = "batch 1…1372")
    void smallerBatchesConvergeInFewerEpochs(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.chartFocus(BANKNOTE_CONVERGED).train(BATCH_RUNS);

        check.attachCsv("epochs to τ per batch size", table(runs))
                .expect("epochs to reach loss τ = " + BANKNOTE_CONVERGED + " never decrease as the batch grows",
                        r -> Relations.nonDecreasing(epochsToTau(r)), runs, Measure.epochsToReach(BANKNOTE_CONVERGED))
                .expect("batch 1372 needs more epochs to τ than batch 1", r -> epochsToTau(r).get(r.size() - 1) > epochsToTau(r).get(0),
                        runs, Measure.epochsToReach(BANKNOTE_CONVERGED));
    }

    static List<Double> epochsToTau(Map<String, RecordedRun> runs) {
        return each(runs, r -> r.epochsToReach(BANKNOTE_CONVERGED));
    }

    /** One number per batch run, in the order of {@link #BATCH_RUNS}. */
    static List<Double> each(Map<String, RecordedRun> runs, java.util.function.ToDoubleFunction<RecordedRun> value) {
        return runs.values().stream().map(value::applyAsDouble).toList();
    }

    @ClaimTest(value = L13_BATCH_START, title = "batch 1…1372")
    void smallerBatchesStartLower(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(L13_BATCH_EPOCHS.id(), BATCH_RUNS);

        check.attachCsv("first-epoch loss per batch size", table(runs))
                .expect("the first-epoch loss increases with the batch size",
                        r -> Relations.strictlyIncreasing(each(r, RecordedRun::firstEpochLoss)), runs,
                        Measure.perRun("epoch loss of epoch 1 (mean of its minibatch losses)", RecordedRun::firstEpochLoss));
    }

    @ClaimTest(value = L13_BATCH_FINAL, title = "batch 1…1372")
    void allBatchSizesEndAtAboutTheSameLoss(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(L13_BATCH_EPOCHS.id(), BATCH_RUNS);
        check.attachCsv("final loss per batch size", table(runs))
                .expect("every batch size ends below loss τ = " + BANKNOTE_CONVERGED,
                        r -> each(r, RecordedRun::finalEpochLoss).stream().allMatch(l -> l < BANKNOTE_CONVERGED), runs,
                        Measure.finalEpochLoss());
    }

    @ClaimTest(value = L13_BATCH_NOISE, title = "batch 1…1372")
    void smallBatchesBounceAndFullBatchIsSmooth(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(L13_BATCH_EPOCHS.id(), BATCH_RUNS);
        check.attachCsv("per-step bounce per batch size", CurveCsv.table(List.of("run", "steps", "bounce"),
                        runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().stepLoss().length,
                                Noise.bounce(e.getValue().stepLoss()))).toList()))
                .expect("the per-step loss bounces less as the batch grows (std of step-to-step change / √2, over all steps)",
                        r -> Relations.strictlyDecreasing(each(r, x -> Noise.bounce(x.stepLoss()))), runs,
                        Measure.perRun("bounce of the per-step loss", x -> Noise.bounce(x.stepLoss())));
    }

    /** The largest probe step that every batch run reaches (the full-batch run has only 1500 steps). */
    static final int SAME_STEPS = 1000;

    @ClaimTest(value = L13_BATCH_STEP_EFFICIENCY, title = "after " + SAME_STEPS + " steps")
    void perStepFullBatchIsTheMostEfficient(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(L13_BATCH_EPOCHS.id(), BATCH_RUNS);
        check.attachCsv("whole-data loss after the same number of steps", CurveCsv.table(List.of("run", "steps", "whole_data_loss"),
                        runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), SAME_STEPS,
                                e.getValue().wholeDataLossAtStep(SAME_STEPS).orElseThrow())).toList()))
                .expect("after " + SAME_STEPS + " steps the full-batch run has the lowest whole-data loss",
                        r -> fullBatchLowest(each(r, x -> x.wholeDataLossAtStep(SAME_STEPS).orElseThrow())), runs,
                        Measure.perRun("whole-data loss after " + SAME_STEPS + " steps", x -> x.wholeDataLossAtStep(SAME_STEPS).orElseThrow()));
    }

    static boolean fullBatchLowest(List<Double> loss) {
        double fullBatch = loss.get(loss.size() - 1);
        return loss.stream().allMatch(l -> fullBatch <= l);
    }

    static final int TIMED_STEPS = 50;
    static final int TIMING_ROUNDS = 40;

    /** Tagged timing: the perturbed suite runs of scripts/record-all leave it out (-DexcludedGroups=timing), as its curves are trained elsewhere. */
    @org.junit.jupiter.api.Tag("timing")
    @ClaimTest(value = L13_BATCH_TIME, title = "fastest batch to τ is intermediate")
    void theFastestBatchSizeInSecondsIsIntermediate(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(L13_BATCH_EPOCHS.id(), BATCH_RUNS);
        Map<String, double[]> secondsPerStep = InterleavedTimer.measureSteps(List.copyOf(BATCH_RUNS.keySet()),
                name -> StepTimer.freshUpdate(BATCH_RUNS.get(name)), TIMED_STEPS, 2, TIMING_ROUNDS);
        Map<String, Double> stepsToTau = new LinkedHashMap<>();
        runs.forEach((name, run) -> stepsToTau.put(name, run.epochsToReach(BANKNOTE_CONVERGED) * stepsPerEpoch(run)));
        FastestToTarget race = FastestToTarget.of(stepsToTau, secondsPerStep);
        double extremesShare = race.shareFastest().get("batch-1") + race.shareFastest().get("batch-1372");
        check.attachTimings("seconds per step", secondsPerStep)
                .expect("the batch size that reaches τ = " + BANKNOTE_CONVERGED + " first in wall-clock time is neither 1 nor 1372 (in ≥ 95 % of bootstrap resamples)",
                        extremesShare <= 0.05, "fastest: " + race.fastest() + "; " + race.evidence() + "; " + InterleavedTimer.ALONE);
    }

    static double stepsPerEpoch(RecordedRun run) {
        return (double) run.stepLoss().length / run.epochsCompleted();
    }

    private static String table(Map<String, RecordedRun> runs) {
        return CurveCsv.table(List.of("run", "batch_size", "epochs", "first_epoch_loss", "final_epoch_loss", "epochs_to_tau", "tau"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().spec().batchSize(),
                        e.getValue().spec().epochs(), e.getValue().firstEpochLoss(), e.getValue().finalEpochLoss(),
                        e.getValue().epochsToReach(BANKNOTE_CONVERGED), BANKNOTE_CONVERGED)).toList());
    }
}
