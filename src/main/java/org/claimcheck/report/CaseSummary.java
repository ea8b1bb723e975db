package org.claimcheck.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimcheck.claims.CaseRecord;
import org.claimcheck.claims.CaseReport;
import org.claimcheck.claims.ClaimCase;
import org.claimcheck.claims.Finding;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.expect.Band;
import org.claimcheck.expect.BandOutcome;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.report.CaseResult;
import org.claimcheck.report.CaseResults;
import org.claimcheck.run.Curve;
import org.claimcheck.run.RecordedRun;

/**
 * What a judged claim case leaves behind: its runs' curve files, its curves with their bands as
 * charts and CSV, its timings, its findings, and one {@link CaseResult} that becomes its row in
 * claims.md and its file in the result set.
 */
public final class CaseSummary {
    private CaseSummary() {
    }

    /** A case that did not run here (another backend, no GPU): a row that says why. */
    public static void notRun(ClaimCase claimCase, String shortReason, String reason) {
        report(new CaseResult(CaseResult.FORMAT, ResultSet.name(), claimCase.claim(), claimCase.caseId(), claimCase.caseName(), claimCase.backend().id(), "", "",
                CaseResult.NOT_RUN, "not run: " + shortReason, "", reason, List.of(), Map.of()));
    }

    /** A case that broke before it could be judged: a row that says so, with the reason. */
    public static void broken(ClaimCase claimCase, Throwable error) {
        String reason = error.getClass().getSimpleName() + ": " + String.valueOf(error.getMessage()).lines().findFirst().orElse("");
        String key;
        String kernel;
        try {
            key = MachineInfo.current().key();
            kernel = MachineInfo.current().blasKernel();
        } catch (RuntimeException | LinkageError e) {
            key = "unknown (the backend did not load)";
            kernel = "unknown";
        }
        report(new CaseResult(CaseResult.FORMAT, ResultSet.name(), claimCase.claim(), claimCase.caseId(), claimCase.caseName(),
                claimCase.backend().id(), key, kernel, CaseResult.BROKEN, "broken: " + reason, "", String.valueOf(error.getMessage()),
                List.of(), Map.of()));
    }

    public static void write(CaseRecord record, CaseReport report) {
        record.filed().forEach(name -> RunFiles.write(record.runs().get(name)));
        record.timings().forEach((name, seconds) -> attachTimings(report, record.claimCase().toString(), name, seconds));
        attach(record, report);
        report(result(record));
    }

    private static void attachTimings(CaseReport report, String title, String name, Map<String, double[]> secondsPerRound) {
        Map<String, List<Double>> boxes = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        secondsPerRound.forEach((config, seconds) -> {
            boxes.put(config, java.util.Arrays.stream(seconds).boxed().toList());
            for (int round = 0; round < seconds.length; round++) {
                rows.add(List.of(config, round + 1, seconds[round]));
            }
        });
        report.png(name, Charts.boxes(title, name, boxes));
        report.csv(name + " per round", CurveCsv.table(List.of("configuration", "round", "seconds"), rows));
    }

    private static void report(CaseResult result) {
        VerdictTable.add(result.row(result.backend()));
        CaseResults.write(ReportsDir.root(), result);
    }

    private static CaseResult result(CaseRecord record) {
        Map<String, CaseResult.RunCurves> curves = new LinkedHashMap<>();
        record.runs().forEach((name, run) -> {
            BandOutcome outcome = record.bands().get(name);
            Map<String, CaseResult.CurveValues> values = new LinkedHashMap<>();
            for (Curve curve : Curve.values()) {
                Band band = outcome == null ? null : outcome.bands().get(curve);
                values.put(curve.key(), new CaseResult.CurveValues(curve.of(run), band == null ? null : band.lower(),
                        band == null ? null : band.upper()));
            }
            curves.put(name, new CaseResult.RunCurves(run.spec().slug(), run.initSeed(), run.orderSeed(),
                    outcome == null ? "" : outcome.describe(ExpectedStore.fromSystemProperty().root()), values));
        });
        MachineInfo machine = MachineInfo.current();
        ClaimCase claimCase = record.claimCase();
        return new CaseResult(CaseResult.FORMAT, ResultSet.name(), claimCase.claim(), claimCase.caseId(), claimCase.caseName(), claimCase.backend().id(),
                machine.key(), machine.blasKernel(), record.judgement().observed().name(), record.judgement().verdictText(),
                record.robustness(), Finding.lines(record.findings()), record.findings(), curves);
    }

    /** The epoch-loss chart beside claims.md, which links it: reports/charts/CLAIM/CASE.BACKEND.png. */
    private static void writeChart(CaseRecord record, byte[] png) {
        ClaimCase c = record.claimCase();
        Path file = ReportsDir.root().resolve("charts").resolve(c.claim().id()).resolve(c.caseId() + "." + c.backend().id() + ".png");
        try {
            org.claimcheck.io.AtomicWrite.write(file, temporary -> java.nio.file.Files.write(temporary, png));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the chart " + file, e);
        }
    }

    private static void attach(CaseRecord record, CaseReport report) {
        String findingsText = Finding.lines(record.findings());
        if (record.runs().isEmpty()) {
            report.text("findings", findingsText);
            return;
        }
        for (Curve curve : Curve.values()) {
            List<ChartSeries> series = new ArrayList<>();
            record.runs().forEach((name, run) -> {
                BandOutcome outcome = record.bands().get(name);
                Band band = outcome == null ? null : outcome.bands().get(curve);
                series.add(band == null ? ChartSeries.line(name, curve.of(run)) : new ChartSeries(name, curve.of(run), band.lower(), band.upper()));
            });
            byte[] chart = Charts.curves(record.claimCase().toString(), "epoch", curve.label(), series,
                    curve == Curve.EPOCH_LOSS ? new ChartFocus(record.threshold(), record.compared()) : new ChartFocus(java.util.OptionalDouble.empty(),
                            record.compared()));
            report.png(curve.label() + " with expected bands", chart);
            if (curve == Curve.EPOCH_LOSS) {
                writeChart(record, chart);
            }
        }
        Map<String, Map<Curve, Band>> bandsByRun = new LinkedHashMap<>();
        record.bands().forEach((name, outcome) -> bandsByRun.put(name, outcome.bands()));
        report.csv("curves per epoch", CurveCsv.epochs(record.runs(), bandsByRun));
        report.text("findings", findingsText
                + "\n\nExpected bands:\n" + record.bands().values().stream().map(BandOutcome::line).collect(Collectors.joining("\n"))
                + "\n\nRuns:\n" + record.runs().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().spec().slug()
                + " (seeds " + e.getValue().initSeed() + "/" + e.getValue().orderSeed() + ")").collect(Collectors.joining("\n")));
    }
}
