package org.claimcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.claims.Claim;

/**
 * {@code reports/claims.md}: one row per claim and case, the verdict on each backend, and the
 * numbers behind it. Claim tests add their rows as they finish; the file is written once the
 * test plan ends.
 */
public final class VerdictTable {
    public static final String PROPERTY = "claimcheck.claims.table";
    private static final List<Row> ROWS = new ArrayList<>();

    /** @param verdict what this run found, e.g. "HOLDS", "CONTRADICTED (recorded)", "not run: …" */
    /**
     * @param evidence the numbers behind the verdict
     * @param chart    the case's chart, relative to the reports folder; linked where the file exists
     */
    public record Row(Claim claim, String caseName, String backend, String verdict, String robustness, String evidence, String chart,
                      boolean ran) {
    }

    private VerdictTable() {
    }

    public static synchronized void add(Row row) {
        ROWS.add(row);
    }

    public static synchronized boolean isEmpty() {
        return ROWS.isEmpty();
    }

    public static synchronized void write() {
        Path file = System.getProperty(PROPERTY) != null ? Path.of(System.getProperty(PROPERTY)) : ReportsDir.root().resolve("claims.md");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            List<String> header = new ArrayList<>(List.of(arithmeticOfThisRun()));
            header.addAll(org.claimcheck.env.Backend.notRunLines());
            Path folder = file.toAbsolutePath().getParent();
            Files.writeString(file, markdown(ROWS, header, chart -> Files.exists(folder.resolve(chart))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the verdict table " + file, e);
        }
    }

    static synchronized String markdown() {
        return markdown(ROWS, List.of());
    }

    /** The table without chart links (merged result sets, whose charts stay with each set). */
    public static String markdown(List<Row> rows, List<String> arithmetic) {
        return markdown(rows, arithmetic, chart -> false);
    }

    /** The header line naming what decided this run's numbers: the arithmetic, the BLAS library and kernel, the threads. */
    static String arithmeticOfThisRun() {
        org.claimcheck.env.MachineInfo machine = org.claimcheck.env.MachineInfo.current();
        return machine.backend().id() + ": arithmetic `" + machine.key() + "` (" + machine.blas() + ", kernel " + machine.blasKernel()
                + ", -D" + org.claimcheck.env.BlasChoice.PROPERTY + "=" + org.claimcheck.env.BlasChoice.fromSystemProperty().text() + "; "
                + "OpenMP threads " + machine.ompThreads() + "; DL4J " + machine.dl4jVersion() + ") on " + machine.cpuModel();
    }

    /**
     * The verdicts grouped by lecture, in the course's order: each lecture's claims in a list with
     * their statements, then one row per case with a column per backend (or, for merged result
     * sets, per "set · backend"), its seed robustness, one line of numbers from the first column
     * where the case ran, and a link to its chart.
     */
    public static String markdown(List<Row> rows, List<String> arithmetic, java.util.function.Predicate<String> chartExists) {
        Map<String, Map<String, Row>> byCase = new TreeMap<>();
        Map<String, Row> first = new LinkedHashMap<>();
        java.util.SortedSet<String> columns = new java.util.TreeSet<>(java.util.Comparator
                .comparing((String c) -> c.equals("cpu") ? 0 : c.equals("gpu") ? 1 : 2).thenComparing(c -> c));
        for (Row row : rows) {
            String key = row.claim().id() + " · " + row.caseName();
            byCase.computeIfAbsent(key, k -> new TreeMap<>()).put(row.backend(), row);
            first.putIfAbsent(key, row);
            columns.add(row.backend());
        }
        StringBuilder text = new StringBuilder("""
                # Claim verdicts

                Written by `mvn test` from the claim tests that ran, one section per lecture. A verdict marked
                "(recorded)" is the one a person recorded in `expected/<claim>/verdicts.json`, with the reason given
                there. "Seeds" is the seed robustness recorded in `expected/<claim>/robustness.json`: for how many
                of the seed pairs (the lecture's, and the lecture's + k) the case's relation held; "—" where seeds
                play no part. Each case's curves with their bands are in its chart and in the HTML report.

                """);
        arithmetic.forEach(line -> text.append("- ").append(line).append('\n'));
        List<String> lectures = java.util.Arrays.stream(org.claimcheck.claims.Catalogue.values()).map(c -> c.claim().lecture()).distinct()
                .toList();
        for (String lecture : lectures) {
            Map<String, Map<String, Row>> cases = new LinkedHashMap<>();
            byCase.forEach((key, byColumn) -> {
                if (first.get(key).claim().lecture().equals(lecture)) {
                    cases.put(key, byColumn);
                }
            });
            if (cases.isEmpty()) {
                continue;
            }
            text.append("\n## ").append(lecture).append("\n\n");
            cases.keySet().stream().map(k -> first.get(k).claim()).distinct()
                    .forEach(claim -> text.append("- **").append(claim.id()).append("**: ").append(claim.statement()).append('\n'));
            text.append("\n| claim | case | ").append(String.join(" | ", columns)).append(" | seeds | numbers | chart |\n|---|---|")
                    .append("---|".repeat(columns.size())).append("---|---|---|\n");
            cases.forEach((key, byColumn) -> {
                Row any = first.get(key);
                Row evidenceRow = columns.stream().map(byColumn::get).filter(r -> r != null && r.ran()).findFirst().orElse(any);
                text.append("| ").append(any.claim().id()).append(" | ").append(cell(any.caseName()));
                columns.forEach(column -> text.append(" | ").append(cell(verdict(byColumn.get(column)))));
                text.append(" | ").append(cell(evidenceRow.robustness().isEmpty() ? "—" : evidenceRow.robustness()))
                        .append(" | ").append(cell(evidenceRow.evidence()))
                        .append(" | ").append(evidenceRow.ran() && chartExists.test(evidenceRow.chart()) ? "[chart](" + evidenceRow.chart() + ")" : "—")
                        .append(" |\n");
            });
        }
        return text.toString();
    }

    private static String verdict(Row row) {
        return row == null ? "—" : row.verdict();
    }

    /** Text that fits one markdown table cell. */
    public static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", "; ");
    }
}
