package org.claimcheck.claims;

import static org.claimcheck.claims.Thresholds.BANKNOTE_CONVERGED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.training.RunSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lecture 3.13, section 3.1 "loss vs epochs": the banknote net trained with Adam at six batch
 * sizes, each with the lecture's number of epochs.
 */
@Tag("claim")
class L13BatchSizeTest {

    /** The lecture's Setting(batch_size, epochs) pairs. */
    static final Map<String, RunSpec> BATCH_RUNS = new LinkedHashMap<>();

    static {
        int[][] settings = {{1, 10}, {2, 20}, {8, 80}, {32, 100}, {128, 200}, {1372, 1500}};
        for (int[] s : settings) {
            BATCH_RUNS.put("batch-" + s[0], RunSpec.banknote(6, 6).batch(s[0], s[1]));
        }
    }

    static Stream<Arguments> epochsToConverge() {
        return ClaimCase.onEveryBackend(Catalogue.L13_BATCH_EPOCHS, "batch 1…1372");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("epochsToConverge")
    void smallerBatchesConvergeInFewerEpochs(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Map<String, RecordedRun> runs = check.train(BATCH_RUNS);
        List<Double> epochs = runs.values().stream().map(r -> epochsToConverge(r)).toList();

        check.attachCsv("epochs to τ per batch size", table(runs))
                .expect("epochs to reach loss τ = " + BANKNOTE_CONVERGED + " never decrease as the batch grows",
                        Relations.nonDecreasing(epochs), Relations.describe(runs.keySet(), epochs))
                .expect("batch 1372 needs more epochs to τ than batch 1", epochs.get(epochs.size() - 1) > epochs.get(0),
                        "batch 1372: " + Relations.epochs(epochs.get(epochs.size() - 1)) + ", batch 1: " + Relations.epochs(epochs.get(0)))
                .verify();
    }

    static Stream<Arguments> firstEpochLoss() {
        return ClaimCase.onEveryBackend(Catalogue.L13_BATCH_START, "batch 1…1372");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstEpochLoss")
    void smallerBatchesStartLower(ClaimCase claimCase) {
        ClaimCheck check = ClaimCheck.begin(claimCase);
        Map<String, RecordedRun> runs = check.train(Catalogue.L13_BATCH_EPOCHS.id(), BATCH_RUNS);
        List<Double> firstLoss = runs.values().stream().map(RecordedRun::firstEpochLoss).toList();

        check.attachCsv("first-epoch loss per batch size", table(runs))
                .expect("the first-epoch loss increases with the batch size", Relations.strictlyIncreasing(firstLoss),
                        Relations.describe(runs.keySet(), firstLoss))
                .verify();
    }

    /** Epochs to τ; a run that never gets there counts as +∞. */
    static double epochsToConverge(RecordedRun run) {
        return run.epochsToReach(BANKNOTE_CONVERGED).stream().asDoubleStream().findFirst().orElse(Double.POSITIVE_INFINITY);
    }

    private static String table(Map<String, RecordedRun> runs) {
        return CurveCsv.table(List.of("run", "batch_size", "epochs", "first_epoch_loss", "final_epoch_loss", "epochs_to_tau", "tau"),
                runs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue().spec().batchSize(),
                        e.getValue().spec().epochs(), e.getValue().firstEpochLoss(), e.getValue().finalEpochLoss(),
                        epochsToConverge(e.getValue()), BANKNOTE_CONVERGED)).toList());
    }
}
