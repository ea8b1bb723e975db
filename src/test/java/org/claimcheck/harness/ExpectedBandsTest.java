package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.env.Backend;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.expect.BandOutcome;
import org.claimcheck.expect.ExpectedBands;
import org.claimcheck.expect.ExpectedMatch;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.GoldenComparison;
import org.claimcheck.expect.RecordMode;
import org.claimcheck.expect.Stability;
import org.claimcheck.run.Curve;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("harness")
class ExpectedBandsTest {
    static final MachineInfo MACHINE = machine("cpu-openblas-haswell", "Test CPU", "Haswell", "1");
    static final org.claimcheck.expect.RecordCommand HOW = new org.claimcheck.expect.RecordCommand("SomeTest");

    static MachineInfo machine(String arithmetic, String cpu, String kernel, String threads) {
        return new MachineInfo(Backend.CPU, arithmetic, cpu, 2, "Linux", "17", "1.0.0-M2.1", "OPENBLAS 0.3.19", kernel, threads, "none");
    }

    @TempDir
    Path root;
    final List<RunSpec> trained = new ArrayList<>();

    ExpectedBands bands(RecordMode mode) {
        return new ExpectedBands(new ExpectedStore(root), mode, 10, false, MACHINE, spec -> {
            trained.add(spec);
            return SyntheticRuns.seeded(spec);
        });
    }

    RecordedRun canonical() {
        return SyntheticRuns.seeded(SyntheticRuns.SPEC);
    }

    @Test
    void aMissingBandSaysHowToRecordIt() {
        BandOutcome outcome = bands(RecordMode.OFF).check("L13-OPT", "adam", canonical(), HOW);
        assertTrue(outcome.missing());
        assertTrue(outcome.message().contains(HOW.missing()), outcome.message());
        assertTrue(outcome.message().contains(root.resolve("L13-OPT/adam/cpu-openblas-haswell.json").toString()), outcome.message());
        assertTrue(trained.isEmpty(), "nothing is recorded unless asked");
    }

    @Test
    void recordingACheapRunTrainsTwentySeedsWritesProvenanceAndLeaveOneOutAndThenPasses() throws IOException {
        BandOutcome recorded = bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(BandOutcome.Status.RECORDED, recorded.status());
        assertEquals(19, trained.size(), "a run of at most 2500 updates: the canonical run plus 19 more seeds");
        assertEquals(667L, trained.get(0).initSeed());
        assertEquals(1338L, trained.get(0).orderSeed());
        String file = Files.readString(root.resolve("L13-OPT/adam/cpu-openblas-haswell.json"));
        for (String field : List.of("dl4jVersion", "backend", "cpu", "blas", "dataType", "seeds", "recordedAt", "ruleText", "leaveOneSeedOut",
                "smallestMarginDecades", "stability")) {
            assertTrue(file.contains("\"" + field + "\""), field + " missing from\n" + file);
        }
        BandOutcome compared = bands(RecordMode.OFF).check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(BandOutcome.Status.PASSED, compared.status(), compared.line());
    }

    @Test
    void aRunOutsideItsBandFailsNamingTheWorstPointAndLeavesAnObtainedFile() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        // one of 20 points outside is within the 5 % rule; a second one (9.0 at epoch 9) makes it fail
        RecordedRun off = SyntheticRuns.run(SyntheticRuns.SPEC, 20,
                epoch -> epoch == 7 ? 5.0 : epoch == 9 ? 9.0 : 0.7 * Math.exp(-0.2 * epoch));
        off = withEpochLoss(off.epochLoss(), canonical());
        BandOutcome outcome = bands(RecordMode.OFF).check("L13-OPT", "adam", off, HOW);
        assertTrue(outcome.failed());
        var check = outcome.checks().get(Curve.EPOCH_LOSS);
        assertEquals(8, check.worstIndex(), "9.0 at epoch 9 is further out than 5.0 at epoch 8");
        assertTrue(outcome.line().contains("worst at epoch 9: observed 9.0"), outcome.line());
        assertTrue(outcome.firstFailure().startsWith("epochLoss: ") && outcome.firstFailure().contains("worst at epoch 9"),
                "the failing curve, not the first line of the text: " + outcome.firstFailure());
        Path obtained = root.resolve("L13-OPT/adam/cpu-openblas-haswell.obtained.json");
        assertTrue(Files.exists(obtained));

        bands(RecordMode.OFF).check("L13-OPT", "adam", canonical(), HOW);
        assertFalse(Files.exists(obtained), "a passing check removes the stale obtained file");
    }

    @Test
    void aBandRecordedForOtherSettingsIsNotUsed() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        RecordedRun otherSettings = SyntheticRuns.seeded(SyntheticRuns.SPEC.learningRate(0.5));
        BandOutcome outcome = bands(RecordMode.OFF).check("L13-OPT", "adam", otherSettings, HOW);
        assertTrue(outcome.failed());
        assertTrue(outcome.message().contains("settings changed"), outcome.message());
    }

    @Test
    void recordAllRewritesAndGoldenValuesAreComparedOnTheSameMachine() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        trained.clear();
        bands(RecordMode.ALL).check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(19, trained.size(), "all re-records");
        BandOutcome same = bands(RecordMode.OFF).check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(GoldenComparison.Status.IDENTICAL, same.golden().status(), same.line());
    }

    static final MachineInfo GPU = new MachineInfo(Backend.GPU, "gpu-sm90", "Test CPU", 2, "Linux", "17", "1.0.0-M2.1",
            "cuBLAS", "none", "1", "Test GPU (sm90)");

    void labelStability(double drift) {
        ExpectedStore store = new ExpectedStore(root);
        Path file = root.resolve("L13-OPT/adam/cpu-openblas-haswell.json");
        store.write(file, store.read(file).withStability(Stability.measured(
                List.of(new Stability.Perturbation("OPENBLAS_CORETYPE=Sandybridge", drift)), "2026-11-22T00:00:00Z")));
    }

    @Test
    void onAnotherBackendAChaoticRunIsJudgedByItsSeedBand() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        labelStability(0.3);
        BandOutcome outcome = new ExpectedBands(new ExpectedStore(root), RecordMode.OFF, 10, false, GPU, SyntheticRuns::seeded)
                .check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(BandOutcome.Status.PASSED, outcome.status(), outcome.line());
        assertEquals(ExpectedMatch.Level.OTHER_BACKEND, outcome.match());
        assertTrue(outcome.line().contains("cpu-openblas-haswell.json, other backend"), outcome.line());
        assertTrue(outcome.line().contains("chaotic"), outcome.line());
        assertEquals(GoldenComparison.Status.NOT_APPLICABLE, outcome.golden().status(), "golden values apply to the same arithmetic only");
        var recorded = bands(RecordMode.OFF).check("L13-OPT", "adam", canonical(), HOW).bands().get(Curve.EPOCH_LOSS);
        assertEquals(recorded.upper()[3], outcome.bands().get(Curve.EPOCH_LOSS).upper()[3], 0, "the seed band, no constant added");
        assertFalse(Files.exists(root.resolve("L13-OPT/adam/gpu-sm90.json")), "nothing is recorded unless asked");
    }

    @Test
    void onAnotherArithmeticAStableRunIsHeldToItsDriftToleranceNotItsSeedBand() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        labelStability(1e-6);
        ExpectedBands onGpu = new ExpectedBands(new ExpectedStore(root), RecordMode.OFF, 10, false, GPU, SyntheticRuns::seeded);
        BandOutcome same = onGpu.check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(BandOutcome.Status.PASSED, same.status(), same.line());
        double canonical = canonical().epochLoss()[3];
        assertEquals(canonical * Math.pow(10, Stability.STABLE_TOLERANCE_DECADES), same.bands().get(Curve.EPOCH_LOSS).upper()[3], 1e-12);
        assertTrue(same.line().contains("drift tolerance of a stable run"), same.line());

        double[] drifted = canonical().epochLoss();
        for (int i = 0; i < drifted.length; i++) {
            drifted[i] *= 1.01; // 0.004 decades: far inside the seed band, outside a stable run's 0.001
        }
        BandOutcome moved = onGpu.check("L13-OPT", "adam", withEpochLoss(drifted, canonical()), HOW);
        assertTrue(moved.failed(), moved.line());
        assertTrue(bands(RecordMode.OFF).check("L13-OPT", "adam", withEpochLoss(drifted, canonical()), HOW).checks().get(Curve.EPOCH_LOSS)
                .passed(), "the seed band alone would have let it through");
    }

    @Test
    void aResumedRecordAllKeepsWhatItRecordedSinceItBeganAndRedoesTheRest() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        trained.clear();
        java.time.Instant began = java.time.Instant.now().minusSeconds(3600);
        new ExpectedBands(new ExpectedStore(root), RecordMode.ALL, java.util.Optional.of(began), 10, false, MACHINE, spec -> {
            trained.add(spec);
            return SyntheticRuns.seeded(spec);
        }).check("L13-OPT", "adam", canonical(), HOW);
        assertTrue(trained.isEmpty(), "recorded after the re-recording began: kept");
        new ExpectedBands(new ExpectedStore(root), RecordMode.ALL, java.util.Optional.of(began.plusSeconds(7200)), 10, false, MACHINE, spec -> {
            trained.add(spec);
            return SyntheticRuns.seeded(spec);
        }).check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(19, trained.size(), "recorded before it began: re-recorded");
    }

    @Test
    void recordMissingReRecordsAFileBelowTodaysStandardAndKeepsItsStability() throws IOException {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        labelStability(1e-6);
        trained.clear();
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        assertTrue(trained.isEmpty(), "a file that meets the standard is kept");
        new ExpectedBands(new ExpectedStore(root), RecordMode.MISSING, 11, false, MACHINE, spec -> {
            trained.add(spec);
            return SyntheticRuns.seeded(spec);
        }).check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(21, trained.size(), "asked for 11 seeds (22 for a cheap run), the file had 20: re-recorded");
        ExpectedStore store = new ExpectedStore(root);
        assertEquals(Stability.Label.STABLE, store.read(root.resolve("L13-OPT/adam/cpu-openblas-haswell.json")).stability().label(),
                "the canonical run is unchanged, and so is its stability");
        Path file = root.resolve("L13-OPT/adam/cpu-openblas-haswell.json");
        Files.writeString(file, Files.readString(file).replace("\"format\" : 3", "\"format\" : 2"));
        trained.clear();
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(19, trained.size(), "a format-2 file is re-recorded");
    }

    @Test
    void recordMissingRecordsForThisArithmeticEvenWhereAnotherKernelHasABand() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        new ExpectedBands(new ExpectedStore(root), RecordMode.MISSING, 10, false, SKYLAKEX, SyntheticRuns::seeded)
                .check("L13-OPT", "adam", canonical(), HOW);
        assertTrue(Files.exists(root.resolve("L13-OPT/adam/cpu-openblas-skylakex.json")));
    }

    static final MachineInfo SKYLAKEX = machine("cpu-openblas-skylakex", "Intel Xeon", "SkylakeX", "1");

    /** The canonical run with its epoch loss at epoch 3 one ulp off: inside every band, but not the golden values. */
    RecordedRun oneUlpOff() {
        RecordedRun run = canonical();
        double[] epochLoss = run.epochLoss();
        epochLoss[2] = Math.nextUp(epochLoss[2]);
        return withEpochLoss(epochLoss, run);
    }

    /** {@code run} with another epoch-loss curve (a recorded run cannot be changed in place). */
    static RecordedRun withEpochLoss(double[] epochLoss, RecordedRun run) {
        return new RecordedRun(run.spec(), run.initSeed(), run.orderSeed(), epochLoss, run.wholeDataLoss(), run.stepLoss(),
                run.stepNanos(), run.epochNanos(), run.probeLoss(), run.finalParameters(), run.firstLayerWeights(), run.divergedAtStep(),
                run.epochLearningRate(), run.accuracy());
    }

    @Test
    void onTheSameArithmeticOnAnotherCpuModelAChangedGoldenValueFailsByDefaultNamingEpochAndValues() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        MachineInfo xeonPinned = machine("cpu-openblas-haswell", "Intel Xeon", "Haswell", "1");
        BandOutcome outcome = new ExpectedBands(new ExpectedStore(root), RecordMode.OFF, 10, true, xeonPinned, SyntheticRuns::seeded)
                .check("L13-OPT", "adam", oneUlpOff(), HOW);
        assertEquals(BandOutcome.Status.GOLDEN_CHANGED, outcome.status(), outcome.line());
        assertEquals(3, outcome.golden().epoch());
        assertEquals(Curve.EPOCH_LOSS, outcome.golden().curve());
        assertTrue(outcome.golden().line().contains("epochLoss at epoch 3 is " + oneUlpOff().epochLoss()[2]), outcome.golden().line());
        assertTrue(outcome.checks().values().stream().allMatch(c -> c.passed()), "inside the bands all the same");
        assertTrue(Files.exists(root.resolve("L13-OPT/adam/cpu-openblas-haswell.obtained.json")));

        BandOutcome same = new ExpectedBands(new ExpectedStore(root), RecordMode.OFF, 10, true, xeonPinned, SyntheticRuns::seeded)
                .check("L13-OPT", "adam", canonical(), HOW);
        assertEquals(GoldenComparison.Status.IDENTICAL, same.golden().status(), "the CPU model is not part of the arithmetic");
    }

    @Test
    void withExactOffAChangedGoldenValueIsAReportLine() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        BandOutcome outcome = bands(RecordMode.OFF).check("L13-OPT", "adam", oneUlpOff(), HOW);
        assertEquals(BandOutcome.Status.PASSED, outcome.status());
        assertEquals(GoldenComparison.Status.CHANGED, outcome.golden().status());
        assertTrue(outcome.line().contains("golden values: changed"), outcome.line());
    }

    @Test
    void anotherKernelIsJudgedByTheBandAndTheGoldenValuesSayWhyTheyDoNotApply() {
        bands(RecordMode.MISSING).check("L13-OPT", "adam", canonical(), HOW);
        BandOutcome outcome = new ExpectedBands(new ExpectedStore(root), RecordMode.OFF, 10, true, SKYLAKEX, SyntheticRuns::seeded)
                .check("L13-OPT", "adam", oneUlpOff(), HOW);
        assertEquals(BandOutcome.Status.PASSED, outcome.status(), outcome.line());
        assertEquals(ExpectedMatch.Level.SAME_BACKEND, outcome.match());
        assertEquals(GoldenComparison.Status.NOT_APPLICABLE, outcome.golden().status());
        assertTrue(outcome.golden().whyNotApplicable().contains("kernel Haswell recorded, SkylakeX here"), outcome.golden().line());
    }

    @Test
    void fewerThanTenSeedsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ExpectedBands(new ExpectedStore(root), RecordMode.MISSING, 9, false, MACHINE, SyntheticRuns::seeded));
    }
}
