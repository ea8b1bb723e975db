package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.expect.BandCheck;
import org.claimcheck.expect.BandOutcome;
import org.claimcheck.expect.DivergenceCheck;
import org.claimcheck.expect.ExpectedBands;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.GoldenComparison;
import org.claimcheck.expect.RecordCommand;
import org.claimcheck.expect.RecordMode;
import org.claimcheck.model.Init;
import org.claimcheck.model.OptimizerSettings;
import org.claimcheck.model.schedule.MultiStep;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.Deviation;
import org.claimcheck.training.RunCache;
import org.claimcheck.training.Trainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nadam;

/**
 * Planted regressions: each trains a deliberately broken variant of a recorded run with the
 * canonical seeds and judges its curves against that run's expected file through the production
 * check ({@link ExpectedBands#check}), as a regression would meet it: same claim, same run name,
 * same spec, other behaviour. Twice: on this arithmetic (the golden values must catch every one)
 * and as another arithmetic would (the same machine's description with another thread count, so
 * that the rounding band applies). The test pins which rows another arithmetic catches, so that a
 * band grown too loose to notice shows up here. The table is written to reports/planted-regressions.md.
 */
@Tag("planted")
class PlantedRegressionTest {

    enum Planted {
        CONTROL("L12-FIT", "h6-6-full-2000", L12TrainingTest.FIT_RUN, "nothing changed (the control)", s -> s, Deviation.NONE, false),
        ND4J_NADAM("L13-OPT", "nadam", L13OptimizerTest.OPTIMIZER_RUNS.get("nadam"), "ND4J's own Nadam in place of the Keras Nadam",
                s -> s, Deviation.updater(u -> nd4jNadam(L13OptimizerTest.OPTIMIZER_RUNS.get("nadam").optimizerSettings())), true),
        SGD_LR_125("L13-OPT", "sgd", L13OptimizerTest.OPTIMIZER_RUNS.get("sgd"), "SGD learning rate ×1.25 (0.01 → 0.0125)",
                s -> s.learningRate(0.0125), Deviation.NONE, true),
        ADAM_BETA1("L13-BATCH-EPOCHS", "batch-32", L13BatchSizeTest.BATCH_RUNS.get("batch-32"), "Adam β1 0.9 → 0.85",
                s -> s, Deviation.updater(u -> adam(L13BatchSizeTest.BATCH_RUNS.get("batch-32").optimizerSettings(), 0.85, null)), true),
        NO_RESHUFFLE("L13-BATCH-EPOCHS", "batch-32", L13BatchSizeTest.BATCH_RUNS.get("batch-32"), "no reshuffle between epochs",
                s -> s, Deviation.noReshuffle(), true),
        WEIGHT_DECAY("NNBP-WD", "wd-0.1", NnbpMnistTest.WD_RUNS.get("wd-0.1"), "weight decay 0.1 → 0.12",
                s -> s.weightDecay(0.12), Deviation.NONE, true),
        MILESTONES("LAB4-MULTISTEP", "multistep", Lab4OptimizersTest.MULTISTEP_RUNS.get("multistep"),
                "milestones one epoch late (6, 11 → 7, 12)", s -> s.schedule(new MultiStep(0.1, List.of(7, 12), 0.1)), Deviation.NONE, true),
        L12_EPSILON("L12-FIT", "h6-6-full-2000", L12TrainingTest.FIT_RUN, "Adam ε 1e-7 (Keras) → 1e-8 (ND4J's default)",
                s -> s, Deviation.updater(u -> adam(L12TrainingTest.FIT_RUN.optimizerSettings(), null, 1e-8)), true),
        NNBP_INIT("NNBP-LR-DIVERGE", "lr-0.2", NnbpLearningRateTest.RUNS.get("lr-0.2"),
                "Keras's Glorot initialisation in place of PyTorch's nn.Linear default", s -> s.init(Init.GLOROT_UNIFORM), Deviation.NONE, true),
        LRF_LR("LRF-LINREG", "lr-0.1", LrfTest.LINE_RUNS.get("lr-0.1"), "learning rate ×1.1 (0.1 → 0.11)",
                s -> s.learningRate(0.11), Deviation.NONE, true),
        DIVERGE_LR("NNBP-LR-DIVERGE", "lr-1.0", NnbpLearningRateTest.RUNS.get("lr-1.0"), "learning rate ×1.02 (1.0 → 1.02): diverges a step earlier",
                s -> s.learningRate(1.02), Deviation.NONE, true),
        MOMENTUM_085("LAB4-MOMENTUM", "sgd-momentum", Lab4OptimizersTest.OPTIMIZER_RUNS.get("sgd-momentum"), "momentum 0.9 → 0.85 (chaotic run)",
                s -> s.momentum(0.85), Deviation.NONE, true),
        RMSPROP_LR("LAB4-MOMENTUM", "rmsprop", Lab4OptimizersTest.OPTIMIZER_RUNS.get("rmsprop"), "RMSprop learning rate ×1.1 (chaotic run)",
                s -> s.learningRate(0.011), Deviation.NONE, true),
        SGD_NO_DECAY("LAB4-MOMENTUM", "sgd", Lab4OptimizersTest.OPTIMIZER_RUNS.get("sgd"), "weight decay 5e-4 dropped (chaotic run)",
                s -> s.weightDecay(0), Deviation.NONE, true),
        GROUPS_SWAPPED("LAB4-PARAM-GROUPS", "hidden-5e-4_output-1e-3", Lab4OptimizersTest.GROUP_RUNS.get("hidden-5e-4_output-1e-3"),
                "one decay for both groups (5e-4; chaotic run)", s -> s.weightDecay(5e-4), Deviation.NONE, true),
        INIT_SCALE("NNBP-INIT", "tanh-glorot-x10", NnbpCirclesTest.INIT_RUNS.get("tanh-glorot-x10"), "Glorot normal ×8 instead of ×10 (chaotic run)",
                s -> s.init(Init.GLOROT_NORMAL, 8), Deviation.NONE, true);

        final String claim;
        final String run;
        final RunSpec recorded;
        final String change;
        final UnaryOperator<RunSpec> specChange;
        final Deviation deviation;
        final boolean broken;

        Planted(String claim, String run, RunSpec recorded, String change, UnaryOperator<RunSpec> specChange, Deviation deviation,
                boolean broken) {
            this.claim = claim;
            this.run = run;
            this.recorded = recorded;
            this.change = change;
            this.specChange = specChange;
            this.deviation = deviation;
            this.broken = broken;
        }
    }

    static Nadam nd4jNadam(OptimizerSettings s) {
        return new Nadam(s.learningRate(), s.beta1(), s.beta2(), s.epsilon());
    }

    static Adam adam(OptimizerSettings s, Double beta1, Double epsilon) {
        return new Adam(s.learningRate(), beta1 == null ? s.beta1() : beta1, s.beta2(), epsilon == null ? s.epsilon() : epsilon);
    }

    /** What the production check made of one planted run, on this arithmetic and on another. */
    record Caught(Planted planted, BandOutcome here, BandOutcome elsewhere, ExpectedFile expected) {
        boolean goldenCaught() {
            return here.golden().status() != GoldenComparison.Status.IDENTICAL;
        }

        BandCheck seedBand() {
            return worst(here);
        }

        BandCheck roundingBand() {
            return worst(elsewhere);
        }
    }

    /**
     * What another arithmetic's check lets through, as measured: the control, and five of the six
     * regressions planted in chaotic runs. There another arithmetic is held to the union of the
     * rounding band and the seed band, because rounding alone grows into another trajectory (up to
     * 1.6 decades on LAB4-MOMENTUM/sgd-momentum), and a change no larger than another seed's goes
     * through; only the golden values on the recording's arithmetic catch those. The band is also
     * tolerant to a shift of a tenth of the run's epochs (a loss spike comes when it will), so the
     * multistep milestones one epoch late, a shift of one epoch, go through too. Every regression
     * planted in a stable run is caught, down to Adam's ε on L12-FIT (0.00023 decades). A band grown
     * too loose to catch any of them fails this test.
     */
    static final java.util.Set<Planted> INSIDE_ELSEWHERE = java.util.EnumSet.of(Planted.CONTROL, Planted.MOMENTUM_085, Planted.RMSPROP_LR,
            Planted.GROUPS_SWAPPED, Planted.INIT_SCALE, Planted.MILESTONES);

    static final Map<Planted, Caught> RESULTS = new ConcurrentHashMap<>();
    /** Every planted variant starts training at once on the run pool; each case waits for its own (those not trained through the run cache). */
    static final Map<Planted, java.util.concurrent.CompletableFuture<RecordedRun>> TRAINING = new ConcurrentHashMap<>();

    /**
     * The variants that change the spec and nothing else: trained through the run cache, which keeps
     * the runs of earlier classes that these declare (the control is L12-FIT's run; one decay for both
     * groups is LAB4-MOMENTUM/sgd-momentum's), so none is trained twice.
     */
    static final Map<Planted, RunSpec> CHANGED_SPECS = java.util.Arrays.stream(Planted.values())
            .filter(planted -> planted.deviation == Deviation.NONE)
            .collect(java.util.stream.Collectors.toMap(planted -> planted, planted -> planted.specChange.apply(planted.recorded),
                    (a, b) -> a, () -> new java.util.EnumMap<>(Planted.class)));

    @org.junit.jupiter.api.BeforeAll
    static void startTrainingEveryVariant() {
        for (Planted planted : Planted.values()) {
            if (throughTheRunCache(planted)) {
                RunCache.prefetch(List.of(CHANGED_SPECS.get(planted)));
            } else {
                TRAINING.put(planted, org.claimcheck.training.RunPool.submit(
                        () -> Trainer.train(planted.specChange.apply(planted.recorded), planted.deviation)));
            }
        }
    }

    /** Not in a perturbed suite run, where the run cache trains every run under rounding noise. */
    static boolean throughTheRunCache(Planted planted) {
        return CHANGED_SPECS.containsKey(planted) && !RunCache.perturbed();
    }

    static RecordedRun trained(Planted planted) {
        return throughTheRunCache(planted) ? RunCache.get(CHANGED_SPECS.get(planted)) : org.claimcheck.training.RunPool.join(TRAINING.get(planted));
    }
    static final ExpectedStore STORE = ExpectedStore.fromSystemProperty();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Planted.class)
    void theExpectedFileCatchesEveryPlantedRegression(Planted planted) {
        MachineInfo here = MachineInfo.current();
        Path file = STORE.path(planted.claim, planted.run, here.key());
        ExpectedFile expected = STORE.read(file);
        assertEquals(expected.spec(), planted.recorded.slug(), file + " is not the file of the run this case breaks");

        RecordedRun broken = asIf(planted.recorded, trained(planted));
        BandOutcome onThis = judge(here, planted, broken);
        BandOutcome onAnother = judge(anotherArithmetic(here), planted, broken);
        Caught caught = new Caught(planted, onThis, onAnother, expected);
        RESULTS.put(planted, caught);

        assertTrue(onThis.sameArithmetic(), onThis.line());
        assertFalse(onAnother.sameArithmetic(), onAnother.line());
        assertEquals(planted.broken, caught.goldenCaught(), planted + ": " + onThis.golden().line());
        assertEquals(!INSIDE_ELSEWHERE.contains(planted), onAnother.failed(), planted + " on another arithmetic: " + onAnother.line());
        if (!planted.broken) {
            assertTrue(onThis.status() == BandOutcome.Status.PASSED && onAnother.status() == BandOutcome.Status.PASSED, "the control passes");
        }
    }

    /** The production check, never recording, with the golden values failing. */
    static BandOutcome judge(MachineInfo machine, Planted planted, RecordedRun run) {
        return new ExpectedBands(STORE, RecordMode.OFF, ExpectedBands.MIN_SEEDS, true, machine, spec -> {
            throw new IllegalStateException("a planted regression records nothing");
        }).check(planted.claim, planted.run, run, new RecordCommand(PlantedRegressionTest.class.getSimpleName()));
    }

    /** This machine as another arithmetic would be: one more OpenMP thread, everything else the same. */
    static MachineInfo anotherArithmetic(MachineInfo m) {
        return new MachineInfo(m.backend(), m.arithmetic(), m.platform(), m.cpuModel(), m.cores(), m.os(), m.java(), m.dl4jVersion(), m.blas(),
                m.blasKernel(), m.ompThreads() + " + 1", m.gpuModel());
    }

    /** The broken run's numbers under the recorded spec: a regression changes behaviour, not the spec. */
    static RecordedRun asIf(RunSpec spec, RecordedRun run) {
        return new RecordedRun(spec, run.initSeed(), run.orderSeed(), run.epochLoss(), run.wholeDataLoss(), run.stepLoss(), run.stepNanos(),
                run.epochNanos(), run.probeLoss(), run.finalParameters(), run.firstLayerWeights(), run.divergedAtStep(),
                run.epochLearningRate(), run.accuracy());
    }

    /** The curve (or divergence) check with the least room. */
    static BandCheck worst(BandOutcome outcome) {
        return outcome.checks().values().stream().min(java.util.Comparator.comparingDouble(BandCheck::marginDecades)).orElseThrow();
    }

    @AfterAll
    static void writeTable() throws IOException {
        StringBuilder table = new StringBuilder("| planted in | change | golden values (this arithmetic) | seed band | another arithmetic:"
                + " rounding band (a chaotic run: joined with the seed band, shift-tolerant) | largest distance from the golden values |\n|---|---|---|---|---|---|\n");
        for (Planted planted : Planted.values()) {
            Caught c = RESULTS.get(planted);
            if (c == null) {
                continue;
            }
            table.append(String.format(Locale.ROOT, "| %s/%s | %s | %s | %s | %s | %.3g decades |%n", planted.claim, planted.run, planted.change,
                    c.goldenCaught() ? "caught (" + c.here().golden().brief().replace("golden values CHANGED", "").replace(": ", "").strip() + ")"
                            : "identical", verdict(c.seedBand(), c.here().divergence(), planted.broken),
                    c.expected().stability().label().name().toLowerCase(Locale.ROOT) + " run: "
                            + verdict(c.roundingBand(), c.elsewhere().divergence(), planted.broken), c.here().golden().maxDecades()));
        }
        Path out = Path.of(System.getProperty("claimcheck.reports.dir", "reports"), "planted-regressions.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }

    static String verdict(BandCheck check, DivergenceCheck divergence, boolean broken) {
        String points = check.outside() + " of " + check.points() + " points out";
        if (!divergence.passed()) {
            return "caught (" + divergence.summary() + ")";
        }
        return check.passed() ? (broken ? "**slips through** (" + points + ")" : "inside") : "caught (" + points + ")";
    }
}
