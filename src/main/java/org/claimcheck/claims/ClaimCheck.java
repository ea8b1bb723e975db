package org.claimcheck.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.expect.BandOutcome;
import org.claimcheck.expect.ExpectedBands;
import org.claimcheck.expect.ExpectedMatch;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.ExpectedVerdict;
import org.claimcheck.expect.RecordMode;
import org.claimcheck.expect.RobustnessStore;
import org.claimcheck.expect.Verdict;
import org.claimcheck.expect.VerdictStore;
import org.claimcheck.report.AllureReport;
import org.claimcheck.report.ChartSeries;
import org.claimcheck.report.Charts;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.report.ReportsDir;
import org.claimcheck.report.ResultSet;
import org.claimcheck.report.RunFiles;
import org.claimcheck.report.sets.CaseResult;
import org.claimcheck.report.sets.CaseResults;
import org.claimcheck.report.VerdictTable;
import org.claimcheck.run.Curve;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.training.RunCache;
import org.claimcheck.training.RunTrainer;
import org.claimcheck.training.RunSpec;
import org.opentest4j.TestAbortedException;

/**
 * One claim test's checks: it trains the claim's runs, compares every seeded run with its
 * expected band, collects the claim's relations as {@link Finding}s, and on {@link #verify()}
 * attaches charts and numbers to the report and fails in the right category: "claim
 * contradicted" before "outside expected band" before "expected band missing".
 */
public final class ClaimCheck {
    private final ClaimCase claimCase;
    private final Class<?> testClass;
    public static final String STRICT_PROPERTY = "claimcheck.strict";
    private static final boolean STRICT = Boolean.parseBoolean(System.getProperty(STRICT_PROPERTY, "false"));

    private final ExpectedBands expectedBands;
    private final VerdictStore verdicts = VerdictStore.fromSystemProperty();
    private final Map<String, RecordedRun> runs = new LinkedHashMap<>();
    private final Map<String, BandOutcome> bands = new LinkedHashMap<>();
    private final Map<RunSpec, String> bandNames = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, RunSpec> trainedSpecs = new LinkedHashMap<>();
    private String robustness = "";
    private final List<Predicate<Map<String, RecordedRun>>> seedRelations = new ArrayList<>();
    public static final String ROBUSTNESS_SEEDS_PROPERTY = "claimcheck.robustness.seeds";
    public static final int MIN_ROBUSTNESS_SEEDS = 10;
    /** -Dclaimcheck.robustness.record=false records bands without the (longer) seed-robustness runs. */
    public static final String ROBUSTNESS_RECORD_PROPERTY = "claimcheck.robustness.record";

    private final Shared shared;
    private boolean verified;

    private ClaimCheck(ClaimCase claimCase, Class<?> testClass, ExpectedBands expectedBands, Shared shared) {
        this.shared = shared;
        this.claimCase = claimCase;
        this.testClass = testClass;
        this.expectedBands = expectedBands;
    }

    /**
     * Labels the test for the report and skips it, with the reason, when its backend is not the
     * one this JVM runs, or is the GPU and this machine has none.
     */
    /** Values computed once per JVM and shared by the cases that ask for them by the same key. */
    public interface Shared {
        <T> T once(String key, Class<T> type, java.util.function.Supplier<T> compute);
    }

    /** A value measured once per JVM (a timing, a range test) and shared by every case that asks for it. */
    public <T> T once(Class<T> type, java.util.function.Supplier<T> compute) {
        return shared.once(type.getName(), type, compute);
    }

    public static ClaimCheck begin(ClaimCase claimCase, Class<?> testClass, Shared shared) {
        Claim claim = claimCase.claim();
        AllureReport.labels(claim.lecture(), claim.topic(), claim.id());
        AllureReport.parameter("claim", claim.id());
        AllureReport.parameter("case", claimCase.caseName());
        AllureReport.parameter("backend", claimCase.backend().id());
        AllureReport.parameter("result set", ResultSet.name());
        AllureReport.description("**" + claim.id() + "** (" + claim.lecture() + "): " + claim.statement());
        Optional<String> notHere = BackendSkip.reason(claimCase.backend());
        if (notHere.isPresent()) {
            String reason = notHere.get();
            report(new CaseResult(CaseResult.FORMAT, ResultSet.name(), claim, claimCase.caseName(), claimCase.backend().id(), "", "",
                    CaseResult.NOT_RUN, "not run: " + BackendSkip.shortReason(claimCase.backend()), "", reason, List.of(), Map.of()));
            throw new TestAbortedException(reason);
        }
        MachineInfo machine = MachineInfo.current();
        AllureReport.parameter("arithmetic", machine.key() + " (BLAS kernel " + machine.blasKernel() + ", OpenMP threads " + machine.ompThreads() + ")");
        return new ClaimCheck(claimCase, testClass, ExpectedBands.fromSystemProperties(machine, RunTrainer.cached()), shared);
    }

    /** Trains (or reuses) the named runs; their bands are stored under this claim. */
    public Map<String, RecordedRun> train(Map<String, RunSpec> specs) {
        return train(claimCase.claim().id(), specs);
    }

    /** Trains (or reuses) the named runs whose bands another claim owns (claims that share runs share bands). */
    public Map<String, RecordedRun> train(String bandOwner, Map<String, RunSpec> specs) {
        Map<String, RecordedRun> trained = new LinkedHashMap<>();
        RunCache.prefetch(specs.values());
        specs.forEach((name, spec) -> trained.put(name, add(bandOwner, name, RunCache.get(spec))));
        specs.forEach((name, spec) -> {
            if (spec.fullySeeded()) {
                trainedSpecs.put(name, spec);
            }
        });
        return trained;
    }

    /**
     * Adds a run trained elsewhere (e.g. in a fresh JVM or a timing loop) to the report and band
     * checks. A rerun of a spec already added is checked against that spec's band.
     */
    public RecordedRun add(String bandOwner, String name, RecordedRun run) {
        RunFiles.write(run);
        runs.put(name, run);
        if (run.spec().fullySeeded()) {
            String bandName = bandNames.computeIfAbsent(run.spec(), spec -> name);
            BandOutcome outcome = expectedBands.check(bandOwner, bandName, run, howToRecord());
            bands.put(name, outcome);
            AllureReport.parameter("expected file: " + name, describe(outcome));
        }
        return run;
    }

    /**
     * Adds a run whose seeds stand for a generator nobody fixed (a "draw"): it is reported, but
     * no band exists for arbitrary seeds, so none is checked.
     */
    public RecordedRun addDraw(String name, RecordedRun run) {
        runs.put(name, run);
        return run;
    }

    /**
     * Records one relation of the claim that depends on its seeded runs: judged on {@code runs},
     * and, with the case's other such relations, on other seeds too (seed robustness, at {@link #verify()}).
     */
    public ClaimCheck expect(String sentence, Predicate<Map<String, RecordedRun>> relation, Map<String, RecordedRun> runs,
                             String evidence) {
        seedRelations.add(relation);
        return expect(sentence, relation.test(runs), evidence);
    }

    /** Records one relation of the claim, in the words a reader recognises, with the numbers behind it. */
    public ClaimCheck expect(String sentence, boolean holds, String evidence) {
        findings.add(new Finding(sentence, holds, evidence));
        return this;
    }

    /**
     * Seed robustness of the case (all its seed-dependent relations together): while recording
     * (-Dclaimcheck.record), every seeded run this check trained is retrained with both seeds
     * shifted by k = 0 … n−1 (n ≥ 10) and the count of k for which the case holds is stored in
     * expected/&lt;claim&gt;/robustness.json; otherwise the stored count is read and shown beside the verdict.
     */
    private void judgeRobustness() {
        if (seedRelations.isEmpty()) {
            return;
        }
        RecordMode mode = RecordMode.fromSystemProperty();
        boolean enabled = Boolean.parseBoolean(System.getProperty(ROBUSTNESS_RECORD_PROPERTY, "true"));
        var check = new SeedRobustnessCheck(new RobustnessStore(ExpectedStore.fromSystemProperty()), mode, enabled,
                enabled && mode != RecordMode.OFF ? robustnessSeeds() : MIN_ROBUSTNESS_SEEDS, MachineInfo.current().key(), RunCache::get,
                RunCache::prefetch);
        robustness = check.judge(claimCase.claim().id(), claimCase.caseId(), claimCase.backend().id(), trainedSpecs, seedRelations)
                .map(r -> r.fraction() + " (" + r.arithmetic() + ")").orElse("not recorded: run " + howToRecord());
        AllureReport.parameter("seed robustness", robustness);
    }

    private static int robustnessSeeds() {
        String text = System.getProperty(ROBUSTNESS_SEEDS_PROPERTY, String.valueOf(MIN_ROBUSTNESS_SEEDS)).strip();
        int seeds;
        try {
            seeds = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + ROBUSTNESS_SEEDS_PROPERTY + "=" + text + " is not a whole number of seeds");
        }
        if (seeds < MIN_ROBUSTNESS_SEEDS) {
            throw new IllegalArgumentException("-D" + ROBUSTNESS_SEEDS_PROPERTY + "=" + seeds + ": seed robustness needs at least "
                    + MIN_ROBUSTNESS_SEEDS + " seeds");
        }
        return seeds;
    }

    /** Adds a chart beyond the loss curves (timings, parameter counts). */
    public ClaimCheck attachChart(String name, byte[] png) {
        AllureReport.png(name, png);
        return this;
    }

    /** Adds timing samples (one per round and configuration) as a box chart and a per-round table. */
    public ClaimCheck attachTimings(String name, Map<String, double[]> secondsPerRound) {
        Map<String, List<Double>> boxes = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        secondsPerRound.forEach((config, seconds) -> {
            boxes.put(config, java.util.Arrays.stream(seconds).boxed().toList());
            for (int round = 0; round < seconds.length; round++) {
                rows.add(List.of(config, round + 1, seconds[round]));
            }
        });
        AllureReport.png(name, Charts.boxes(claimCase.toString(), name, boxes));
        AllureReport.csv(name + " per round", CurveCsv.table(List.of("configuration", "round", "seconds"), rows));
        return this;
    }

    /** Adds a table of numbers beyond the per-epoch curves. */
    public ClaimCheck attachCsv(String name, String csv) {
        AllureReport.csv(name, csv);
        return this;
    }

    /**
     * Judges the claim and attaches the report. Fails when the claim is contradicted and no
     * contradiction is recorded, when a recorded contradiction now holds, or when a curve left
     * its band; a recorded contradiction is reported as aborted ("Recorded contradiction"), or
     * fails with -Dclaimcheck.strict=true.
     */
    public void verify() {
        if (verified) {
            return;
        }
        verified = true;
        if (findings.isEmpty()) {
            throw new IllegalStateException(claimCase + " checked no relation: a claim test must state what it verifies");
        }
        judgeRobustness();
        Claim claim = claimCase.claim();
        Verdict observed = findings.stream().allMatch(Finding::holds) ? Verdict.HOLDS : Verdict.CONTRADICTED;
        Optional<ExpectedVerdict> recorded = verdicts.lookup(claim.id(), claimCase.caseId(), claimCase.backend().id());
        Verdict expected = recorded.map(ExpectedVerdict::verdict).orElse(Verdict.HOLDS);
        String verdictText = observed + (recorded.isPresent() ? " (recorded: " + expected + ")" : "");
        AllureReport.parameter("verdict", verdictText);
        AllureReport.tag(observed.toString());
        attachReport();
        report(result(observed, verdictText));

        String firstContradiction = findings.stream().filter(f -> !f.holds()).map(Finding::sentence).findFirst().orElse("");
        String context = context(recorded);
        Outcome outcome = Judge.decide(observed, recorded.map(ExpectedVerdict::verdict), STRICT, Judge.Bands.worst(bands.values()));
        String message = switch (outcome) {
            case PASSED -> "";
            case CLAIM_CONTRADICTED -> observed == Verdict.CONTRADICTED && expected != Verdict.HOLDS
                    ? "(failing because -D" + STRICT_PROPERTY + "=true, recorded " + expected + ") " + firstContradiction + " — " + recorded.get().reason() + "\n" + context
                    : firstContradiction + "\n" + context + "\nIf a faithful run really contradicts the lecture, record it in "
                    + verdicts.path(claim.id()) + " (a JSON array) with a reason a person writes:\n"
                    + VerdictStore.entryFor(claimCase.caseId(), claimCase.backend().id(), Verdict.CONTRADICTED, evidence());
            case VERDICT_CHANGED -> claimCase + " was recorded as CONTRADICTED (" + recorded.get().reason() + ") but now holds. "
                    + "Find out why, then update " + verdicts.path(claim.id()) + ".\n" + context;
            case OUTSIDE_EXPECTED_BAND -> where(firstFailedBand()) + "\n" + context;
            case OUTSIDE_OTHER_ARITHMETIC_BAND -> where(firstFailedBand()) + ": the band was recorded with another arithmetic ("
                    + firstFailedBand().match().text() + ": " + firstFailedBand().file().getFileName() + ", this run "
                    + MachineInfo.current().key() + "); pin the kernel the band was recorded with (-D"
                    + org.claimcheck.env.BlasChoice.PROPERTY + "), or record this arithmetic's bands\n" + context;
            case GOLDEN_VALUES_CHANGED -> {
                BandOutcome first = bands.values().stream().filter(BandOutcome::goldenChanged).findFirst().orElseThrow();
                yield "run '" + first.run() + "' of " + first.claim() + " did not reproduce the golden values recorded"
                        + " with the same arithmetic (" + first.file() + "): " + first.golden().line() + ". Inside its bands, but the numbers"
                        + " changed: find out why (library, code, settings), then re-record with -Dclaimcheck.record=all; -D"
                        + ExpectedBands.EXACT_PROPERTY + "=false reports this without failing\n" + context;
            }
            case EXPECTED_BAND_MISSING -> bands.values().stream().filter(BandOutcome::missing).findFirst().orElseThrow().message() + "\n" + context;
            case RECORDED_CONTRADICTION, NOT_ON_THIS_MACHINE -> firstContradiction + " — " + recorded.get().reason() + "\n" + context;
        };
        switch (outcome.status()) {
            case FAILED -> throw new CaseFailed(outcome, message);
            case SKIPPED -> throw new TestAbortedException(outcome.prefix() + message);
            case PASSED -> {
            }
        }
    }

    /** The first run outside its band, this arithmetic's bands before another's. */
    private BandOutcome firstFailedBand() {
        return bands.values().stream().filter(BandOutcome::failed)
                .min(java.util.Comparator.comparing(outcome -> !outcome.sameArithmetic())).orElseThrow();
    }

    private static String where(BandOutcome failed) {
        return failed.line().lines().skip(1).findFirst().orElse(failed.line()).strip() + " in run '" + failed.run() + "' of " + failed.claim();
    }

    /** A case's outcome goes to claims.md and to the result set, from one record. */
    private static void report(CaseResult result) {
        VerdictTable.add(result.row(result.backend()));
        CaseResults.write(ReportsDir.root(), result);
    }

    private String describe(BandOutcome outcome) {
        Path root = ExpectedStore.fromSystemProperty().root();
        return outcome.match() == null ? "none (" + outcome.status() + ": " + outcome.file() + ")"
                : new ExpectedMatch(outcome.file(), outcome.match()).describe(root) + (outcome.status() == BandOutcome.Status.RECORDED ? ", recorded now" : "")
                + (outcome.golden() == null ? "" : "; " + outcome.golden().brief());
    }

    /** This case's result for the result set: verdict, findings, and every run's curves with its band. */
    private CaseResult result(Verdict observed, String verdictText) {
        Map<String, CaseResult.RunCurves> curves = new LinkedHashMap<>();
        runs.forEach((name, run) -> {
            BandOutcome outcome = bands.get(name);
            Map<String, CaseResult.CurveValues> values = new LinkedHashMap<>();
            for (Curve curve : Curve.values()) {
                var band = outcome == null ? null : outcome.bands().get(curve);
                values.put(curve.key(), new CaseResult.CurveValues(curve.of(run), band == null ? null : band.lower(),
                        band == null ? null : band.upper()));
            }
            curves.put(name, new CaseResult.RunCurves(run.spec().slug(), run.initSeed(), run.orderSeed(),
                    outcome == null ? "" : describe(outcome), values));
        });
        Claim claim = claimCase.claim();
        return new CaseResult(CaseResult.FORMAT, ResultSet.name(), claim, claimCase.caseName(), claimCase.backend().id(),
                MachineInfo.current().key(), MachineInfo.current().blasKernel(), observed.name(), verdictText, robustness, evidence(), List.copyOf(findings), curves);
    }

    private String context(Optional<ExpectedVerdict> recorded) {
        String bandText = bands.values().stream().map(BandOutcome::line).collect(Collectors.joining("\n"));
        return claimCase + "\n" + evidence()
                + recorded.map(v -> "\nRecorded verdict: " + v.verdict() + " — " + v.reason()).orElse("")
                + (bandText.isEmpty() ? "" : "\nExpected bands:\n" + bandText);
    }

    private String evidence() {
        return findings.stream().map(Finding::line).collect(Collectors.joining("\n"));
    }

    public String howToRecord() {
        return "mvn test -Dclaimcheck.record=missing -Dtest=" + testClass.getSimpleName();
    }

    private void attachReport() {
        if (runs.isEmpty()) {
            AllureReport.text("findings", findings.stream().map(Finding::line).collect(Collectors.joining("\n")));
            return;
        }
        String title = claimCase.claim().id() + " · " + claimCase.caseName() + " · " + claimCase.backend().id();
        for (Curve curve : Curve.values()) {
            List<ChartSeries> series = new ArrayList<>();
            runs.forEach((name, run) -> {
                BandOutcome outcome = bands.get(name);
                var band = outcome == null ? null : outcome.bands().get(curve);
                series.add(band == null ? ChartSeries.line(name, curve.of(run))
                        : new ChartSeries(name, curve.of(run), band.lower(), band.upper()));
            });
            AllureReport.png(curve.label() + " with expected bands", Charts.curves(title, "epoch", curve.label(), series));
        }
        Map<String, Map<Curve, org.claimcheck.expect.Band>> bandsByRun = new LinkedHashMap<>();
        bands.forEach((name, outcome) -> bandsByRun.put(name, outcome.bands()));
        AllureReport.csv("curves per epoch", CurveCsv.epochs(runs, bandsByRun));
        AllureReport.text("findings", findings.stream().map(Finding::line).collect(Collectors.joining("\n"))
                + "\n\nExpected bands:\n" + bands.values().stream().map(BandOutcome::line).collect(Collectors.joining("\n"))
                + "\n\nRuns:\n" + runs.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().spec().slug()
                + " (seeds " + e.getValue().initSeed() + "/" + e.getValue().orderSeed() + ")").collect(Collectors.joining("\n")));
    }

    public ClaimCase claimCase() {
        return claimCase;
    }
}
