package org.claimcheck.claims;

import static org.claimcheck.claims.Thresholds.BANKNOTE_CONVERGED;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimcheck.model.Optimizer;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.training.RunSpec;
import org.claimcheck.training.StepTimer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lecture 3.13, section 5 "optimizers": the seven Keras optimisers with their Keras 2.3
 * defaults, batch 32, 100 epochs. Speed is epochs to reach τ; a run that never reaches it is
 * slower than every run that does.
 */
@Tag("claim")
class L13OptimizerTest {

    static final Map<String, RunSpec> OPTIMIZER_RUNS = new LinkedHashMap<>();

    static {
        for (Optimizer optimizer : Optimizer.values()) {
            OPTIMIZER_RUNS.put(optimizer.kerasName(), RunSpec.banknote(6, 6).batch(32, 100).optimizer(optimizer));
        }
    }

    static Stream<Arguments> nadamBeatsSgd() {
        return ClaimCase.onEveryBackend(Catalogue.L13_OPT, "nadam reaches τ before sgd");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nadamBeatsSgd")
    void nadamReachesTauBeforeSgd(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Race race = race(check);
        Map<Optimizer, Double> epochs = race.epochs();
        check.expect("Nadam reaches loss τ = " + BANKNOTE_CONVERGED + " in fewer epochs than SGD",
                        r -> tau(r, Optimizer.NADAM) < tau(r, Optimizer.SGD), race.runs(),
                        "nadam: " + Relations.epochs(epochs.get(Optimizer.NADAM)) + ", sgd: " + Relations.epochs(epochs.get(Optimizer.SGD)))
                .verify();
    }

    static Stream<Arguments> sgdFarBehind() {
        return ClaimCase.onEveryBackend(Catalogue.L13_OPT, "sgd not converged by epoch 100");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sgdFarBehind")
    void sgdHasNotConvergedByEpoch100(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Race race = race(check);
        Map<Optimizer, Double> epochs = race.epochs();
        RecordedRun sgd = race.run(Optimizer.SGD);
        check.expect("SGD has not reached loss τ = " + BANKNOTE_CONVERGED + " by epoch 100",
                        r -> Double.isInfinite(tau(r, Optimizer.SGD)), race.runs(),
                        "sgd: " + Relations.epochs(epochs.get(Optimizer.SGD)) + "; its loss at epoch 100 is " + sgd.finalEpochLoss())
                .verify();
    }

    static Stream<Arguments> nadamLeads() {
        return ClaimCase.onEveryBackend(Catalogue.L13_OPT, "nadam fastest of seven");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nadamLeads")
    void nadamIsTheFastestOfTheSeven(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Race race = race(check);
        check.expect("Nadam reaches τ = " + BANKNOTE_CONVERGED + " in fewer epochs than each of the other six",
                        r -> reachedLaterThan(r, Optimizer.NADAM) == Optimizer.values().length - 1, race.runs(), ranking(race.epochs()))
                .verify();
    }

    static Stream<Arguments> adamNearTheTop() {
        return ClaimCase.onEveryBackend(Catalogue.L13_OPT, "adam in the top three");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adamNearTheTop")
    void adamIsInTheTopThree(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Race race = race(check);
        long faster = reachedEarlierThan(race.runs(), Optimizer.ADAM);
        check.expect("Adam is among the three fastest to τ = " + BANKNOTE_CONVERGED + " (fewer than three optimisers are strictly faster)",
                        r -> reachedEarlierThan(r, Optimizer.ADAM) < 3, race.runs(),
                        "optimisers strictly faster than adam: " + faster + "; " + ranking(race.epochs()))
                .verify();
    }

    static Stream<Arguments> lateNoise() {
        return ClaimCase.onEveryBackend(Catalogue.L13_OPT_NOISE, "adam and nadam calmer than sgd");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lateNoise")
    void adaptiveMethodsAreCalmerLate(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Race race = race(check);
        Map<Optimizer, Double> bounce = new EnumMap<>(Optimizer.class);
        for (Optimizer optimizer : Optimizer.values()) {
            bounce.put(optimizer, Noise.lateBounce(race.run(optimizer).stepLoss()));
        }
        String numbers = "bounce of the per-step loss over the last quarter (std of step-to-step change / √2): "
                + Relations.describe(bounce.keySet().stream().map(Optimizer::kerasName).toList(), List.copyOf(bounce.values()));
        check.expect("Adam's late per-step loss bounces less than SGD's", bounce.get(Optimizer.ADAM) < bounce.get(Optimizer.SGD), numbers)
                .expect("Nadam's late per-step loss bounces less than SGD's", bounce.get(Optimizer.NADAM) < bounce.get(Optimizer.SGD), numbers)
                .verify();
    }

    static final int TIMED_STEPS = 100;
    static final int TIMING_ROUNDS = 60;

    static Stream<Arguments> timePerStep() {
        return ClaimCase.onEveryBackend(Catalogue.L13_OPT_TIME, "nadam slower per step than sgd");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timePerStep")
    void nadamIsTheSlowestCalculation(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        race(check);
        Map<String, double[]> seconds = InterleavedTimer.measureSteps(List.copyOf(OPTIMIZER_RUNS.keySet()),
                name -> StepTimer.freshUpdate(OPTIMIZER_RUNS.get(name)), TIMED_STEPS, 2, TIMING_ROUNDS);
        TimingComparison nadamVsSgd = TimingComparison.paired("nadam", seconds.get("nadam"), "sgd", seconds.get("sgd"));
        String slowest = seconds.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingDouble(TimingComparison::median))).orElseThrow().getKey();
        check.attachTimings("seconds per step", seconds)
                .expect("a Nadam update takes longer than an SGD update", nadamVsSgd.holds(),
                        nadamVsSgd.evidence() + "; slowest by median: " + slowest + "; " + InterleavedTimer.ALONE)
                .verify();
    }

    /** Trains (once per JVM) the seven runs, attaches their table, and returns epochs to τ. */
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

    private static Race race(ClaimCheck check) {
        Map<String, RecordedRun> runs = check.train(Catalogue.L13_OPT.id(), OPTIMIZER_RUNS);
        Map<Optimizer, Double> epochs = new EnumMap<>(Optimizer.class);
        for (Optimizer optimizer : Optimizer.values()) {
            epochs.put(optimizer, runs.get(optimizer.kerasName()).epochsToReach(BANKNOTE_CONVERGED));
        }
        check.attachCsv("epochs to τ per optimiser", CurveCsv.table(
                List.of("optimizer", "learning_rate", "first_epoch_loss", "final_epoch_loss", "epochs_to_tau", "tau"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().spec().optimizerSettings().learningRate(),
                        e.getValue().firstEpochLoss(), e.getValue().finalEpochLoss(),
                        epochs.get(e.getValue().spec().optimizer()), BANKNOTE_CONVERGED)).toList()));
        return new Race(runs, epochs);
    }

    private static String ranking(Map<Optimizer, Double> epochs) {
        return "epochs to τ: " + Relations.describe(epochs.keySet().stream().map(Optimizer::kerasName).toList(),
                List.copyOf(epochs.values()));
    }

    /** The seven runs and each one's epochs to τ (+∞ for never). */
    private record Race(Map<String, RecordedRun> runs, Map<Optimizer, Double> epochs) {
        RecordedRun run(Optimizer optimizer) {
            return runs.get(optimizer.kerasName());
        }
    }
}
