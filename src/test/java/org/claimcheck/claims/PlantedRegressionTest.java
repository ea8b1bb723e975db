package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.expect.Band;
import org.claimcheck.expect.BandCheck;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.GoldenComparison;
import org.claimcheck.expect.GoldenValues;
import org.claimcheck.expect.Stability;
import org.claimcheck.model.Init;
import org.claimcheck.model.OptimizerSettings;
import org.claimcheck.model.schedule.MultiStep;
import org.claimcheck.run.Curve;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.Deviation;
import org.claimcheck.training.Trainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nadam;

/**
 * Planted regressions: each trains a deliberately broken variant of a recorded run with the
 * canonical seeds and judges its curves against that run's expected file, as a regression would
 * meet it: same claim, same run name, other behaviour. On the recording's arithmetic the golden
 * values must catch every one; the test also pins which of the checks another arithmetic relies
 * on (a stable run's drift tolerance, a chaotic run's seed band) catches it, so that a band grown
 * too loose to notice shows up here. The table is written to reports/planted-regressions.md.
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
                s -> s.learningRate(0.11), Deviation.NONE, true);

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

    /** What each check made of one planted run. */
    record Caught(Planted planted, GoldenComparison golden, BandCheck seedBand, BandCheck driftBand, ExpectedFile expected) {
        boolean goldenCaught() {
            return !golden.identicalCurves();
        }
    }

    /**
     * What another arithmetic's check (drift tolerance for a stable run, seed band for a chaotic
     * one) lets through, as measured: Adam's ε moves L12-FIT by 0.00023 decades, less than a
     * stable run's 10⁻³-decade tolerance. Only the golden values on the recording's arithmetic
     * catch it. A band that stops catching any other planted regression fails this test.
     */
    static final java.util.Set<Planted> INSIDE_ELSEWHERE = java.util.EnumSet.of(Planted.CONTROL, Planted.L12_EPSILON);

    static final Map<Planted, Caught> RESULTS = new ConcurrentHashMap<>();
    static final ExpectedStore STORE = ExpectedStore.fromSystemProperty();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Planted.class)
    void theExpectedFileCatchesEveryPlantedRegression(Planted planted) {
        Path file = STORE.path(planted.claim, planted.run, MachineInfo.current().key());
        ExpectedFile expected = STORE.read(file);
        assertEquals(expected.spec(), planted.recorded.slug(), file + " is not the file of the run this case breaks");

        RecordedRun run = Trainer.train(planted.specChange.apply(planted.recorded), planted.deviation);
        Map<Curve, double[]> observed = new EnumMap<>(Curve.class);
        for (Curve curve : Curve.values()) {
            observed.put(curve, curve.of(run));
        }
        GoldenComparison golden = GoldenValues.compareCurves(expected.goldenValues(), observed, List.of());
        Caught caught = new Caught(planted, golden, worst(expected, observed, false), worst(expected, observed, true), expected);
        RESULTS.put(planted, caught);

        assertEquals(planted.broken, caught.goldenCaught(), planted + ": " + golden.line());
        BandCheck elsewhere = expected.stability().stable() ? caught.driftBand() : caught.seedBand();
        assertEquals(INSIDE_ELSEWHERE.contains(planted), elsewhere.passed(), planted + " on another arithmetic ("
                + expected.stability().label() + "): " + elsewhere.summary());
        if (!planted.broken) {
            assertTrue(caught.seedBand().passed() && caught.driftBand().passed(), "the control lies inside its bands");
        }
    }

    /** The failing (or else the tighter) curve's check against the seed band or, with {@code drift}, the stable-run drift band. */
    static BandCheck worst(ExpectedFile expected, Map<Curve, double[]> observed, boolean drift) {
        BandCheck worst = null;
        for (Curve curve : Curve.values()) {
            Band band = expected.curve(curve).band();
            BandCheck check = (drift ? band.aroundCanonical(Stability.STABLE_TOLERANCE_DECADES) : band)
                    .check(observed.get(curve), expected.rule());
            if (worst == null || check.marginDecades() < worst.marginDecades()) {
                worst = check;
            }
        }
        return worst;
    }

    @AfterAll
    static void writeTable() throws IOException {
        StringBuilder table = new StringBuilder("| planted in | change | golden values (this arithmetic) | seed band | drift tolerance (10⁻³ decades)"
                + " | stability: what another arithmetic applies | largest distance from the golden values |\n|---|---|---|---|---|---|---|\n");
        for (Planted planted : Planted.values()) {
            Caught c = RESULTS.get(planted);
            if (c == null) {
                continue;
            }
            Stability stability = c.expected().stability();
            table.append(String.format(Locale.ROOT, "| %s/%s | %s | %s | %s | %s | %s | %.3g decades |%n", planted.claim, planted.run, planted.change,
                    c.goldenCaught() ? "caught (epoch " + c.golden().epoch() + ")" : "identical", verdict(c.seedBand(), planted.broken),
                    verdict(c.driftBand(), planted.broken), stability.label().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
                            + (stability.stable() ? "drift tolerance" : "seed band") + ", " + verdict(stability.stable() ? c.driftBand() : c.seedBand(),
                            planted.broken), c.golden().maxDecades()));
        }
        Path out = Path.of(System.getProperty("claimcheck.reports.dir", "reports"), "planted-regressions.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }

    static String verdict(BandCheck check, boolean broken) {
        String points = check.outside() + " of " + check.points() + " points out";
        return check.passed() ? (broken ? "**slips through** (" + points + ")" : "inside") : "caught (" + points + ")";
    }
}
