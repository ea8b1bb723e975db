package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.L13_OPT;
import static org.claimcheck.claims.Catalogue.L13_OPT_NOISE;
import static org.claimcheck.claims.Catalogue.L13_OPT_TIME;
import static org.claimcheck.claims.Thresholds.BANKNOTE_CONVERGED;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.model.Optimizer;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.StepTimer;

/**
 * Lecture 3.13, section 5 "optimizers": the seven Keras optimisers with their Keras 2.3
 * defaults, batch 32, 100 epochs. Speed is epochs to reach τ; a run that never reaches it is
 * slower than every run that does.
 */
class L13OptimizerTest {

    static final Map<String, RunSpec> OPTIMIZER_RUNS = new LinkedHashMap<>();

    static {
        for (Optimizer optimizer : Optimizer.values()) {
            OPTIMIZER_RUNS.put(optimizer.kerasName(), RunSpec.banknote(6, 6).batch(32, 100).optimizer(optimizer));
        }
    }

    @ClaimTest(value = L13_OPT, title = "nadam reaches τ before sgd")
    void nadamReachesTauBeforeSgd(ClaimCheck check) {
        Race race = race(check.chartFocus(BANKNOTE_CONVERGED, "nadam", "sgd"));
        check.expect("Nadam reaches loss τ = " + BANKNOTE_CONVERGED + " in fewer epochs than SGD",
                        r -> tau(r, Optimizer.NADAM) < tau(r, Optimizer.SGD), race.runs(), Measure.epochsToReach(BANKNOTE_CONVERGED).forRuns("nadam", "sgd"));
    }

    @ClaimTest(value = L13_OPT, title = "sgd not converged by epoch 100")
    void sgdHasNotConvergedByEpoch100(ClaimCheck check) {
        Race race = race(check.chartFocus(BANKNOTE_CONVERGED, "sgd"));
        check.expect("SGD has not reached loss τ = " + BANKNOTE_CONVERGED + " by epoch 100",
                        r -> Double.isInfinite(tau(r, Optimizer.SGD)), race.runs(),
                        Measure.epochsToReach(BANKNOTE_CONVERGED).forRuns("sgd"), Measure.finalEpochLoss().forRuns("sgd"));
    }

    @ClaimTest(value = L13_OPT, title = "nadam fastest of seven")
    void nadamIsTheFastestOfTheSeven(ClaimCheck check) {
        Race race = race(check.chartFocus(BANKNOTE_CONVERGED, "nadam"));
        check.expect("Nadam reaches τ = " + BANKNOTE_CONVERGED + " in fewer epochs than each of the other six",
                        r -> reachedLaterThan(r, Optimizer.NADAM) == Optimizer.values().length - 1, race.runs(), Measure.epochsToReach(BANKNOTE_CONVERGED));
    }

    @ClaimTest(value = L13_OPT, title = "adam in the top three")
    void adamIsInTheTopThree(ClaimCheck check) {
        Race race = race(check.chartFocus(BANKNOTE_CONVERGED, "adam"));
        check.expect("Adam is among the three fastest to τ = " + BANKNOTE_CONVERGED + " (fewer than three optimisers are strictly faster)",
                        r -> reachedEarlierThan(r, Optimizer.ADAM) < 3, race.runs(),
                        new Measure("optimisers strictly faster than Adam to τ", r -> Map.of("adam", (double) reachedEarlierThan(r, Optimizer.ADAM))),
                        Measure.epochsToReach(BANKNOTE_CONVERGED));
    }

    @ClaimTest(value = L13_OPT_NOISE, title = "adam and nadam calmer than sgd")
    void adaptiveMethodsAreCalmerLate(ClaimCheck check) {
        Race race = race(check);
        Map<Optimizer, Double> bounce = new EnumMap<>(Optimizer.class);
        for (Optimizer optimizer : Optimizer.values()) {
            bounce.put(optimizer, Noise.lateBounce(race.run(optimizer).stepLoss()));
        }
        String numbers = "bounce of the per-step loss over the last quarter (std of step-to-step change / √2): "
                + Relations.describe(bounce.keySet().stream().map(Optimizer::kerasName).toList(), List.copyOf(bounce.values()));
        check.expect("Adam's late per-step loss bounces less than SGD's", bounce.get(Optimizer.ADAM) < bounce.get(Optimizer.SGD), numbers)
                .expect("Nadam's late per-step loss bounces less than SGD's", bounce.get(Optimizer.NADAM) < bounce.get(Optimizer.SGD), numbers);
    }

    static final int TIMED_STEPS = 100;
    static final int TIMING_ROUNDS = 60;

    /** Tagged timing: the perturbed suite runs of scripts/record-all leave it out (-DexcludedGroups=timing), as its curves are trained elsewhere. */
    @org.junit.jupiter.api.Tag("timing")
    @ClaimTest(value = L13_OPT_TIME, title = "nadam slower per step than sgd")
    void nadamIsTheSlowestCalculation(ClaimCheck check) {
        race(check);
        Map<String, double[]> seconds = InterleavedTimer.measureSteps(List.copyOf(OPTIMIZER_RUNS.keySet()),
                name -> StepTimer.freshUpdate(OPTIMIZER_RUNS.get(name)), TIMED_STEPS, 2, TIMING_ROUNDS);
        TimingComparison nadamVsSgd = TimingComparison.paired("nadam", seconds.get("nadam"), "sgd", seconds.get("sgd"));
        String slowest = seconds.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingDouble(TimingComparison::median))).orElseThrow().getKey();
        check.attachTimings("seconds per step", seconds)
                .expect("a Nadam update takes longer than an SGD update", nadamVsSgd.holds(),
                        nadamVsSgd.evidence() + "; slowest by median: " + slowest + "; " + InterleavedTimer.ALONE);
    }

    /** Epochs to τ of one optimiser's run, for seed robustness. */
    private static double tau(Map<String, RecordedRun> runs, Optimizer optimizer) {
        return runs.get(optimizer.kerasName()).epochsToReach(BANKNOTE_CONVERGED);
    }

    /** How many optimisers reach τ strictly after {@code optimizer}. */
    private static long reachedLaterThan(Map<String, RecordedRun> runs, Optimizer optimizer) {
        return java.util.Arrays.stream(Optimizer.values()).filter(o -> tau(runs, optimizer) < tau(runs, o)).count();
    }

    /** How many optimisers reach τ strictly before {@code optimizer}. */
    private static long reachedEarlierThan(Map<String, RecordedRun> runs, Optimizer optimizer) {
        return java.util.Arrays.stream(Optimizer.values()).filter(o -> tau(runs, o) < tau(runs, optimizer)).count();
    }

    /** Trains (or reuses) the seven runs and attaches their table. */
    private static Race race(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(L13_OPT.id(), OPTIMIZER_RUNS);
        Map<Optimizer, Double> epochs = new EnumMap<>(Optimizer.class);
        for (Optimizer optimizer : Optimizer.values()) {
            epochs.put(optimizer, runs.get(optimizer.kerasName()).epochsToReach(BANKNOTE_CONVERGED));
        }
        check.attachCsv("epochs to τ per optimiser", CurveCsv.table(
                List.of("optimizer", "learning_rate", "first_epoch_loss", "final_epoch_loss", "epochs_to_tau", "tau"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().spec().optimizerSettings().learningRate(),
                        e.getValue().firstEpochLoss(), e.getValue().finalEpochLoss(),
                        epochs.get(e.getValue().spec().optimizer()), BANKNOTE_CONVERGED)).toList()));
        return new Race(runs);
    }

    /** The seven runs, by optimiser. */
    private record Race(Map<String, RecordedRun> runs) {
        RecordedRun run(Optimizer optimizer) {
            return runs.get(optimizer.kerasName());
        }
    }
}
