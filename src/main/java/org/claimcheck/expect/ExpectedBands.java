package org.claimcheck.expect;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.env.Property;
import org.claimcheck.run.Curve;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.run.RunTrainer;
import org.claimcheck.spec.RunSpec;

/**
 * Compares a canonical-seed run with its stored band and, only when asked to
 * (-Dclaimcheck.record), records bands from several seeds. Seeds for recording are the run's
 * own (seed pair k = 0) and k = 1..n-1 added to both; a run of at most
 * {@value #CHEAP_RUN_STEPS} updates gets twice as many.
 *
 * <p>On the recording's arithmetic (the same key, DL4J release, BLAS library and kernel, threads
 * and data type) a run must lie inside its seed band and reproduce the golden values, its
 * divergence step included. On any other arithmetic (another kernel, thread count, DL4J release,
 * CPU architecture, the GPU) it is held to its rounding band: what rounding perturbations of the
 * canonical run do to it, at the suite's family-wise level (see {@link Stability}).
 */
public final class ExpectedBands {
    public static final String SEEDS_PROPERTY = "claimcheck.record.seeds";
    public static final String EXACT_PROPERTY = "claimcheck.exact";
    public static final int MIN_SEEDS = 10;
    public static final int CHEAP_RUN_STEPS = 2500;

    private final ExpectedStore store;
    private final RecordMode mode;
    private final int seeds;
    private final boolean exactFails;
    private final MachineInfo machine;
    private final RunTrainer trainer;
    private final Optional<Instant> since;

    public ExpectedBands(ExpectedStore store, RecordMode mode, int seeds, boolean exactFails, MachineInfo machine,
                         RunTrainer trainer) {
        this(store, mode, Optional.empty(), seeds, exactFails, machine, trainer);
    }

    /** @param since with {@code all}, files recorded at or after this instant are kept (a resumed re-recording) */
    public ExpectedBands(ExpectedStore store, RecordMode mode, Optional<Instant> since, int seeds, boolean exactFails, MachineInfo machine,
                         RunTrainer trainer) {
        if (seeds < MIN_SEEDS) {
            throw new IllegalArgumentException("-D" + SEEDS_PROPERTY + "=" + seeds + ": bands need at least " + MIN_SEEDS + " seeds");
        }
        this.store = store;
        this.mode = mode;
        this.seeds = seeds;
        this.exactFails = exactFails;
        this.machine = machine;
        this.trainer = trainer;
        this.since = since;
    }

    public static ExpectedBands fromSystemProperties(MachineInfo machine, RunTrainer trainer) {
        return new ExpectedBands(ExpectedStore.fromSystemProperty(), RecordMode.fromSystemProperty(), RecordMode.sinceFromSystemProperty(),
                seedsFromSystemProperty(),
                exactFromSystemProperty(), machine, trainer);
    }

    /** -Dclaimcheck.record.seeds: seeds per band when recording (at least {@value #MIN_SEEDS}). */
    public static int seedsFromSystemProperty() {
        return Property.atLeast(SEEDS_PROPERTY, MIN_SEEDS, MIN_SEEDS, "seeds per band");
    }

    /** -Dclaimcheck.exact: true (the default) fails a run whose golden values changed; false only reports it. */
    public static boolean exactFromSystemProperty() {
        return Property.bool(EXACT_PROPERTY, true);
    }

    /**
     * Judges a run against the closest expected file (see {@link ExpectedStore#lookup}); records
     * when asked: {@code missing} where this arithmetic has no file yet, {@code all} always,
     * {@code failing} where the check fails.
     *
     * @param howToRecord the commands a person runs to record this band
     */
    public BandOutcome check(String claim, String runName, RecordedRun run, RecordCommand howToRecord) {
        if (!run.spec().fullySeeded()) {
            throw new IllegalArgumentException("only seeded runs are compared with bands; " + runName + " is unseeded");
        }
        Path target = store.path(claim, runName, machine.key());
        Optional<ExpectedMatch> found = store.lookup(claim, runName, machine.key());
        boolean own = found.isPresent() && found.get().level() == ExpectedMatch.Level.SAME_ARITHMETIC
                && store.meetsStandard(found.get().file(), seedsFor(run));
        boolean resumed = own && RecordMode.recordedSince(store.recordedAt(found.get().file()), since);
        if ((mode == RecordMode.ALL && !resumed) || (mode == RecordMode.MISSING && !own) || (mode == RecordMode.FAILING && found.isEmpty())) {
            return record(claim, runName, run, target);
        }
        if (found.isEmpty()) {
            return new BandOutcome(claim, runName, BandOutcome.Status.MISSING, target, null, Map.of(), Map.of(), null,
                    "No expected band for " + claim + " run '" + runName + "' on " + machine.key() + ": " + target
                            + " does not exist, nor does one for another arithmetic. Record it (" + seedsFor(run) + " seeds) with: "
                            + howToRecord.files(), null, null, null);
        }
        Path file = found.get().file();
        ExpectedFile expected = store.read(file);
        if (!expected.spec().equals(run.spec().slug())) {
            if (mode == RecordMode.FAILING) {
                return record(claim, runName, run, target);
            }
            return new BandOutcome(claim, runName, BandOutcome.Status.FAILED, file, found.get().level(), Map.of(), Map.of(), null,
                    file + " was recorded for run spec " + expected.spec() + " but this test trains " + run.spec().slug()
                            + ": the settings changed, so the band no longer applies. Re-record it with: " + howToRecord.files(), null, null, null);
        }
        List<String> differences = GoldenValues.differences(expected.provenance(), machine, run.spec().dataType().name());
        ExpectedMatch.Level level = found.get().level() == ExpectedMatch.Level.SAME_ARITHMETIC && !differences.isEmpty()
                ? ExpectedMatch.Level.SAME_BACKEND : found.get().level();
        Judged judged = judge(expected, level, run);
        Optional<GoldenFile> ownGolden = level == ExpectedMatch.Level.SAME_ARITHMETIC ? Optional.empty() : ownGolden(claim, runName, run);
        GoldenComparison goldenValues = ownGolden.map(g -> GoldenValues.compare(g.goldenValues(), g.divergedAt(), observed(run),
                        run.divergedAtStep(), GoldenValues.differences(g.provenance(), machine, run.spec().dataType().name())))
                .orElseGet(() -> GoldenValues.compare(expected, machine, run.spec().dataType().name(), observed(run), run.divergedAtStep()));
        BandOutcome.Status status = judged.checks().values().stream().anyMatch(c -> !c.passed()) || !judged.divergence().passed()
                ? BandOutcome.Status.FAILED
                : exactFails && goldenValues.status() == GoldenComparison.Status.CHANGED ? BandOutcome.Status.GOLDEN_CHANGED
                : BandOutcome.Status.PASSED;
        if (status != BandOutcome.Status.PASSED && mode == RecordMode.FAILING) {
            return record(claim, runName, run, target);
        }
        if (status != BandOutcome.Status.PASSED) {
            store.write(ExpectedStore.obtainedPath(file), obtained(claim, runName, run));
        } else {
            store.deleteObtained(file);
        }
        return new BandOutcome(claim, runName, status, file, level, judged.bands(), judged.checks(), goldenValues,
                judged.how() + ownGolden.map(g -> "; golden values of " + machine.key() + " from " + store.goldenPath(claim, runName, machine.key())
                        .getFileName()).orElse("") + "; leave-one-seed-out: " + expected.leaveOneSeedOut().text()
                        + (status != BandOutcome.Status.PASSED ? "; the obtained curves are in " + ExpectedStore.obtainedPath(file) : ""),
                expected.leaveOneSeedOut(), expected.stability(), judged.divergence());
    }

    /**
     * The golden values this arithmetic keeps without bands of its own (a {@code .golden.json}),
     * written first under {@code -Dclaimcheck.record=golden} where missing or recorded for other settings.
     */
    private Optional<GoldenFile> ownGolden(String claim, String runName, RecordedRun run) {
        Optional<GoldenFile> golden = store.golden(claim, runName, machine.key());
        if (mode == RecordMode.GOLDEN && (golden.isEmpty() || !golden.get().spec().equals(run.spec().slug()))) {
            GoldenFile recorded = GoldenFile.of(claim, runName, machine.key(), run, provenance(run.spec(), List.of(List.of(run.initSeed(),
                    run.orderSeed()))));
            store.write(store.goldenPath(claim, runName, machine.key()), recorded);
            return Optional.of(recorded);
        }
        return golden.filter(g -> g.spec().equals(run.spec().slug()));
    }

    /** The bands a run is judged by and what they said. */
    private record Judged(Map<Curve, Band> bands, Map<Curve, BandCheck> checks, DivergenceCheck divergence, String how) {
    }

    /**
     * On the recording's arithmetic: the seed band (the golden values decide beyond it). On another
     * arithmetic: the rounding band, what rounding alone does to the canonical run; the seed band
     * only where the rounding was not measured.
     */
    private static Judged judge(ExpectedFile expected, ExpectedMatch.Level level, RecordedRun run) {
        boolean rounding = level != ExpectedMatch.Level.SAME_ARITHMETIC && expected.stability().measured();
        boolean chaotic = rounding && !expected.stability().stable();
        Map<Curve, Band> bands = rounding ? RoundingEnsemble.heldTo(expected, expected.roundingBands(), expected.stability().rule(), chaotic) : expected.seedBands();
        BandRule rule = rounding ? expected.stability().rule() : expected.rule();
        Map<Curve, BandCheck> checks = new EnumMap<>(Curve.class);
        bands.forEach((curve, band) -> checks.put(curve, band.check(curve.of(run), rule)));
        List<Integer> steps = new ArrayList<>(rounding ? RoundingEnsemble.stepsHeldTo(expected, expected.stability().divergenceSteps(), chaotic)
                : expected.divergence().seeds());
        steps.add(expected.divergence().canonical());
        DivergenceCheck divergence = new DivergenceCheck(run.divergedAtStep(), steps,
                chaotic ? "the canonical run under rounding perturbations and the recorded seeds"
                        : rounding ? "the canonical run under rounding perturbations" : "the recorded seeds");
        String how = level == ExpectedMatch.Level.SAME_ARITHMETIC ? "judged by its seed band and golden values (the recording's arithmetic)"
                : chaotic ? "another arithmetic: judged by the union of its rounding band and its seed band at the rounding band's level,"
                        + " tolerant to a shift of " + RoundingEnsemble.shiftWindow(expected.curve(Curve.EPOCH_LOSS).points().size()) + " epochs (rounding grows into another"
                        + " trajectory here); " + expected.stability().text()
                : rounding ? "another arithmetic: judged by its rounding band, not the seed band; " + expected.stability().text()
                : "another arithmetic, but the rounding was not measured: judged by its seed band";
        return new Judged(bands, checks, divergence, how);
    }

    private static Map<Curve, double[]> observed(RecordedRun run) {
        Map<Curve, double[]> observed = new EnumMap<>(Curve.class);
        for (Curve curve : Curve.values()) {
            observed.put(curve, curve.of(run));
        }
        return observed;
    }

    /** Seeds per band for this run: the setting, twice that for a run of at most {@value #CHEAP_RUN_STEPS} updates. */
    int seedsFor(RecordedRun canonical) {
        return canonical.stepLoss().length <= CHEAP_RUN_STEPS ? 2 * seeds : seeds;
    }

    private BandOutcome record(String claim, String runName, RecordedRun canonical, Path target) {
        List<RecordedRun> runs = new ArrayList<>();
        runs.add(canonical);
        RunSpec spec = canonical.spec();
        int count = seedsFor(canonical);
        runs.addAll(trainer.trainAll(java.util.stream.IntStream.range(1, count).mapToObj(spec::seedsShiftedBy).toList()));
        BandRule rule = BandRule.DEFAULT;
        Map<String, ExpectedCurve> curves = new LinkedHashMap<>();
        Map<Curve, Band> bands = new EnumMap<>(Curve.class);
        Map<Curve, BandCheck> checks = new EnumMap<>(Curve.class);
        Map<Curve, List<double[]>> seedCurves = new EnumMap<>(Curve.class);
        for (Curve curve : Curve.values()) {
            seedCurves.put(curve, runs.stream().map(curve::of).toList());
            Band band = Band.fromSeeds(seedCurves.get(curve), rule);
            bands.put(curve, band);
            checks.put(curve, band.check(curve.of(canonical), rule));
            curves.put(curve.key(), ExpectedCurve.of(curve.label(), band));
        }
        List<List<Long>> seedPairs = runs.stream().map(r -> List.of(r.initSeed(), r.orderSeed())).toList();
        LeaveOneSeedOut leaveOneOut = LeaveOneSeedOut.judge(seedCurves, seedPairs, rule);
        Divergence divergence = new Divergence(canonical.divergedAtStep(), runs.stream().map(RecordedRun::divergedAtStep).toList());
        ExpectedFile recorded = new ExpectedFile(ExpectedFile.FORMAT, claim, runName, machine.key(), spec.slug(), rule, rule.text(),
                provenance(spec, seedPairs), leaveOneOut, divergence, Stability.NOT_MEASURED, "", curves);
        ExpectedFile written = roundingKept(target, recorded);
        store.write(target, written);
        store.deleteObtained(target);
        return new BandOutcome(claim, runName, BandOutcome.Status.RECORDED, target, ExpectedMatch.Level.SAME_ARITHMETIC, bands, checks, null,
                "recorded from " + count + " seeds " + seedPairs + "; leave-one-seed-out: " + leaveOneOut.text(), leaveOneOut,
                written.stability(), new DivergenceCheck(canonical.divergedAtStep(), divergence.seeds(), "the recorded seeds"));
    }

    /**
     * The file with the rounding measured for the file being replaced, where that was measured for
     * the same canonical run (same spec, same golden values and divergence): rounding perturbs the
     * canonical run only, so what it does is unchanged.
     */
    private ExpectedFile roundingKept(Path target, ExpectedFile recorded) {
        if (!java.nio.file.Files.exists(target) || !store.meetsStandard(target, 0)) {
            return recorded;
        }
        ExpectedFile old = store.read(target);
        boolean sameCanonical = old.spec().equals(recorded.spec()) && old.stability().measured()
                && old.divergence().canonicalIs(recorded.divergence().canonical()) && old.points() == recorded.points()
                && java.util.Arrays.stream(Curve.values()).allMatch(c -> java.util.Arrays.equals(old.goldenValues().get(c), recorded.goldenValues().get(c)));
        return sameCanonical ? recorded.withRounding(old.stability(), old.roundingBands()) : recorded;
    }

    private Provenance provenance(RunSpec spec, List<List<Long>> seedPairs) {
        return new Provenance(machine.dl4jVersion(), machine.backend().id(), machine.arithmetic(), machine.platform(), machine.cpuModel(),
                machine.blas(), machine.blasKernel(), machine.ompThreads(), machine.os(), machine.java(), spec.dataType().name(), seedPairs,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), recordingCommand(mode, System.getenv()));
    }

    /**
     * The command that recorded: scripts/record-all names itself ({@code CLAIMCHECK_RECORD_COMMAND}),
     * Maven's own script exports its arguments ({@code MAVEN_CMD_LINE_ARGS}); otherwise the record mode.
     */
    static String recordingCommand(RecordMode mode, Map<String, String> environment) {
        String script = environment.getOrDefault("CLAIMCHECK_RECORD_COMMAND", "").strip();
        if (!script.isEmpty()) {
            return script;
        }
        String maven = environment.getOrDefault("MAVEN_CMD_LINE_ARGS", "").strip().replaceAll("\\s+", " ");
        return maven.isEmpty() ? "mvn test -D" + RecordMode.PROPERTY + "=" + mode.name().toLowerCase(java.util.Locale.ROOT) : "mvn " + maven;
    }

    private ObtainedFile obtained(String claim, String runName, RecordedRun run) {
        Map<String, List<double[]>> curves = new LinkedHashMap<>();
        for (Curve curve : Curve.values()) {
            double[] values = curve.of(run);
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                points.add(new double[] {i + 1, values[i]});
            }
            curves.put(curve.key(), points);
        }
        return new ObtainedFile(claim, runName, machine.key(), run.spec().slug(),
                provenance(run.spec(), List.of(List.of(run.initSeed(), run.orderSeed()))), curves);
    }
}
