package org.claimcheck.report.sets;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.GoldenComparison;
import org.claimcheck.expect.GoldenValues;
import org.claimcheck.expect.RoundingEnsemble;

/**
 * What another arithmetic (another OpenBLAS kernel, thread count, DL4J release, CPU
 * architecture) does to every canonical run: each claim-suite run's curves ({@code
 * <reports>/runs/<spec>.epochs.csv}) against the golden values of the recorded arithmetic —
 * identical bit for bit, or how far apart — and against the run's rounding band, the check the
 * suite applies there: inside, or outside. Run by scripts/kernel-survey and scripts/upgrade-check.
 *
 * <p>Arguments: the expected folder, the recorded arithmetic key, where to write the table
 * (markdown), then one {@code NAME=REPORTS_DIR} per arithmetic surveyed.
 */
public final class ArithmeticSurvey {
    private ArithmeticSurvey() {
    }

    /** One surveyed arithmetic: a name for its column and the reports folder of its suite run. */
    record Column(String name, Path reports) {
        static Column parse(String argument) {
            int split = argument.indexOf('=');
            if (split <= 0) {
                throw new IllegalArgumentException("'" + argument + "': expected NAME=REPORTS_DIR, e.g. SkylakeX=reports/kernels/SkylakeX");
            }
            return new Column(argument.substring(0, split), Path.of(argument.substring(split + 1)));
        }
    }

    /** Per column: runs identical to the golden values, inside their rounding band, outside it, and the largest distance. */
    static final class Tally {
        int identical;
        int inside;
        final List<String> outside = new ArrayList<>();
        int notRun;
        double largest;
        String farthest = "";
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: ArithmeticSurvey EXPECTED_DIR KEY OUT_FILE NAME=REPORTS_DIR...");
        }
        ExpectedStore store = new ExpectedStore(Path.of(args[0]));
        List<ExpectedFile> files = new ArrayList<>();
        for (Path file : RoundingRecord.files(store, args[1])) {
            files.add(store.read(file));
        }
        List<Column> columns = List.of(args).subList(3, args.length).stream().map(Column::parse).toList();
        String table = table(args[1], files, columns);
        Files.writeString(Path.of(args[2]), table);
        System.out.println(table);
    }

    static String table(String key, List<ExpectedFile> files, List<Column> columns) throws IOException {
        StringBuilder text = new StringBuilder("# Canonical runs on other arithmetics\n\nEach cell: the canonical run's curves under that arithmetic"
                + " against the golden values recorded with `" + key + "`: `identical` (bit for bit), or how far apart at most (log10"
                + " decades); then whether they lie inside the run's rounding band, the check the suite applies on another arithmetic (and how"
                + " much of its room the run used: 1 is the edge, measured from the golden value on the side the run lies); then the median step time.\n\n| run |");
        columns.forEach(c -> text.append(' ').append(c.name()).append(" |"));
        text.append("\n|---|").append("---|".repeat(columns.size())).append('\n');
        Map<String, Tally> tallies = new LinkedHashMap<>();
        columns.forEach(c -> tallies.put(c.name(), new Tally()));
        for (ExpectedFile expected : files) {
            String name = expected.claim() + "/" + expected.run();
            text.append("| ").append(name).append(" |");
            for (Column column : columns) {
                Tally tally = tallies.get(column.name());
                Path runs = column.reports().resolve("runs");
                Optional<PerturbedRun> run = new PerturbedRun.Suite(column.name(), runs).run(expected.spec());
                if (run.isEmpty()) {
                    tally.notRun++;
                    text.append(" not run |");
                    continue;
                }
                GoldenComparison golden = GoldenValues.compare(expected.goldenValues(), expected.divergence().canonical(), run.get().curves(),
                        run.get().divergedAt(), List.of());
                RoundingEnsemble.Judgement judgement = RoundingEnsemble.judge(expected, run.get().curves(), run.get().divergedAt());
                if (golden.identicalCurves()) {
                    tally.identical++;
                } else if (judgement.inside()) {
                    tally.inside++;
                } else {
                    tally.outside.add(name);
                }
                if (golden.maxDecades() > tally.largest || tally.farthest.isEmpty()) {
                    tally.largest = Math.max(tally.largest, golden.maxDecades());
                    tally.farthest = name;
                }
                text.append(' ').append(golden.identicalCurves() ? "identical"
                        : String.format(Locale.ROOT, "%.2g dec, %s (%.2f)", golden.maxDecades(), judgement.inside() ? "inside" : "**OUTSIDE**",
                        judgement.widthUsed()));
                text.append(String.format(Locale.ROOT, ", %.2f ms |", medianStepMillis(runs.resolve(expected.spec() + ".timings.csv"))));
            }
            text.append('\n');
        }
        text.append("\n| arithmetic | identical to the golden values | inside the rounding band | outside it | largest distance (decades) |"
                + "\n|---|---|---|---|---|\n");
        tallies.forEach((column, t) -> text.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.3g (%s) |%n", column, t.identical, t.inside,
                t.outside.isEmpty() ? "0" : t.outside.size() + ": " + String.join(", ", t.outside), t.largest, t.farthest)));
        return text.toString();
    }

    static double medianStepMillis(Path timingsCsv) throws IOException {
        if (!Files.exists(timingsCsv)) {
            return Double.NaN;
        }
        try (Reader reader = Files.newBufferedReader(timingsCsv)) {
            double[] nanos = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).stream()
                    .mapToDouble(r -> Double.parseDouble(r.get("step_nanos"))).toArray();
            return nanos.length == 0 ? Double.NaN : new Median().evaluate(nanos) / 1e6;
        }
    }
}
