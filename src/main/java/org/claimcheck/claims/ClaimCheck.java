package org.claimcheck.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimcheck.env.Backend;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.expect.BandOutcome;
import org.claimcheck.expect.ExpectedBands;
import org.claimcheck.report.AllureReport;
import org.claimcheck.report.ChartSeries;
import org.claimcheck.report.Charts;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.report.RunFiles;
import org.claimcheck.run.Curve;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.training.RunCache;
import org.claimcheck.training.RunSpec;
import org.junit.jupiter.api.Assumptions;

/**
 * One claim test's checks: it trains the claim's runs, compares every seeded run with its
 * expected band, collects the claim's relations as {@link Finding}s, and on {@link #verify()}
 * attaches charts and numbers to the report and fails in the right category: "claim
 * contradicted" before "outside expected band" before "expected band missing".
 */
public final class ClaimCheck {
    private final ClaimCase claimCase;
    private final Class<?> testClass;
    private final ExpectedBands expectedBands;
    private final Map<String, RecordedRun> runs = new LinkedHashMap<>();
    private final Map<String, BandOutcome> bands = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private ClaimCheck(ClaimCase claimCase, Class<?> testClass, ExpectedBands expectedBands) {
        this.claimCase = claimCase;
        this.testClass = testClass;
        this.expectedBands = expectedBands;
    }

    /** Labels the test for the report and skips it, with the reason, when its backend is not this JVM's. */
    public static ClaimCheck begin(ClaimCase claimCase) {
        Class<?> testClass = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        Claim claim = claimCase.claim();
        AllureReport.labels(claim.lecture(), claim.topic(), claim.id());
        AllureReport.parameter("claim", claim.id());
        AllureReport.parameter("case", claimCase.caseName());
        AllureReport.parameter("backend", claimCase.backend().id());
        AllureReport.description("**" + claim.id() + "** (" + claim.lecture() + "): " + claim.statement());
        Backend active = Backend.active();
        Assumptions.assumeTrue(active == claimCase.backend(), () -> claimCase.backend().id().toUpperCase()
                + " case skipped: this JVM runs ND4J's " + active.id().toUpperCase() + " backend (" + active.artifact()
                + "), and ND4J loads one backend per JVM. No " + claimCase.backend().artifact()
                + " backend is on this classpath; GPU runs need an NVIDIA GPU with CUDA and the gpu profile (mvn test -Pgpu).");
        MachineInfo machine = MachineInfo.current();
        AllureReport.parameter("machine class", machine.key());
        return new ClaimCheck(claimCase, testClass, ExpectedBands.fromSystemProperties(machine, RunCache::get));
    }

    /** Trains (or reuses) the named runs; their bands are stored under this claim. */
    public Map<String, RecordedRun> train(Map<String, RunSpec> specs) {
        return train(claimCase.claim().id(), specs);
    }

    /** Trains (or reuses) the named runs whose bands another claim owns (claims that share runs share bands). */
    public Map<String, RecordedRun> train(String bandOwner, Map<String, RunSpec> specs) {
        Map<String, RecordedRun> trained = new LinkedHashMap<>();
        specs.forEach((name, spec) -> trained.put(name, add(bandOwner, name, RunCache.get(spec))));
        return trained;
    }

    /** Adds a run trained elsewhere (e.g. in a fresh JVM or a timing loop) to the report and band checks. */
    public RecordedRun add(String bandOwner, String name, RecordedRun run) {
        RunFiles.write(run);
        runs.put(name, run);
        if (run.spec().fullySeeded() && !bands.containsKey(name)) {
            bands.put(name, expectedBands.check(bandOwner, name, run, howToRecord()));
        }
        return run;
    }

    /** Records one relation of the claim, in the words a reader recognises, with the numbers behind it. */
    public ClaimCheck expect(String sentence, boolean holds, String evidence) {
        findings.add(new Finding(sentence, holds, evidence));
        return this;
    }

    /** Adds a chart beyond the loss curves (timings, parameter counts). */
    public ClaimCheck attachChart(String name, byte[] png) {
        AllureReport.png(name, png);
        return this;
    }

    /** Adds a table of numbers beyond the per-epoch curves. */
    public ClaimCheck attachCsv(String name, String csv) {
        AllureReport.csv(name, csv);
        return this;
    }

    /** Attaches the report and throws if the claim is contradicted or a curve left its band. */
    public void verify() {
        attachReport();
        String findingsText = findings.stream().map(Finding::line).collect(Collectors.joining("\n"));
        String bandText = bands.values().stream().map(BandOutcome::line).collect(Collectors.joining("\n"));
        String context = claimCase + "\n" + findingsText + (bandText.isEmpty() ? "" : "\nExpected bands:\n" + bandText);
        if (findings.isEmpty()) {
            throw new IllegalStateException(claimCase + " checked no relation: a claim test must state what it verifies");
        }
        if (findings.stream().anyMatch(f -> !f.holds())) {
            String first = findings.stream().filter(f -> !f.holds()).findFirst().orElseThrow().sentence();
            throw new ClaimContradicted(first + "\n" + context);
        }
        List<BandOutcome> failed = bands.values().stream().filter(BandOutcome::failed).toList();
        if (!failed.isEmpty()) {
            throw new OutsideExpectedBand(failed.get(0).line().lines().skip(1).findFirst().orElse("").strip() + " in run '"
                    + failed.get(0).run() + "' of " + failed.get(0).claim() + "\n" + context);
        }
        List<BandOutcome> missing = bands.values().stream().filter(BandOutcome::missing).toList();
        if (!missing.isEmpty()) {
            throw new ExpectedBandMissing(missing.get(0).message() + "\n" + context);
        }
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
