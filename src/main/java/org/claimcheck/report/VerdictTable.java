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
    public record Row(Claim claim, String caseName, String backend, String verdict, String robustness, String evidence, boolean ran) {
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
            Files.writeString(file, markdown(ROWS, header));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the verdict table " + file, e);
        }
    }

    static synchronized String markdown() {
        return markdown(ROWS, List.of());
    }

    /** The header line naming what decided this run's numbers: the arithmetic, the BLAS library and kernel, the threads. */
    static String arithmeticOfThisRun() {
        org.claimcheck.env.MachineInfo machine = org.claimcheck.env.MachineInfo.current();
        return machine.backend().id() + ": arithmetic `" + machine.key() + "` (" + machine.blas() + ", kernel " + machine.blasKernel()
                + ", -D" + org.claimcheck.env.BlasChoice.PROPERTY + "=" + org.claimcheck.env.BlasChoice.fromSystemProperty().text() + "; "
                + "OpenMP threads " + machine.ompThreads() + "; DL4J " + machine.dl4jVersion() + ") on " + machine.cpuModel();
    }

    /**
     * The table of the given rows: one column per backend (or, for merged result sets, per
     * "set · backend"), the numbers from the first column where the case ran.
     */
    public static String markdown(List<Row> rows, List<String> arithmetic) {
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

                Written by `mvn test` from the claim tests that ran. A verdict marked "(recorded)" is the one a
                person recorded in `expected/<claim>/verdicts.json`, with the reason given there. "Seeds" is the
                seed robustness recorded in `expected/<claim>/robustness.json`: for how many of the seed pairs
                (the lecture's, and the lecture's + k) the case's relation held; "—" where seeds play no part.

                """);
        arithmetic.forEach(line -> text.append("- ").append(line).append('\n'));
        if (!arithmetic.isEmpty()) {
            text.append('\n');
        }
        text.append("| claim | lecture | the claim | case | ").append(String.join(" | ", columns))
                .append(" | seeds | numbers (first column that ran) |\n|---|---|---|---|")
                .append("---|".repeat(columns.size())).append("---|---|\n");
        byCase.forEach((key, byColumn) -> {
            Row any = first.get(key);
            Row evidenceRow = columns.stream().map(byColumn::get).filter(r -> r != null && r.ran())
                    .findFirst().orElse(any);
            text.append("| ").append(any.claim().id())
                    .append(" | ").append(any.claim().lecture().substring(0, any.claim().lecture().indexOf(' ')))
                    .append(" | ").append(cell(any.claim().statement()))
                    .append(" | ").append(cell(any.caseName()));
            columns.forEach(column -> text.append(" | ").append(cell(verdict(byColumn.get(column)))));
            text.append(" | ").append(cell(evidenceRow.robustness().isEmpty() ? "—" : evidenceRow.robustness()))
                    .append(" | ").append(cell(evidenceRow.evidence()))
                    .append(" |\n");
        });
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
