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
    public record Row(Claim claim, String caseName, String backend, String verdict, String robustness, String evidence) {
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
        Path file = Path.of(System.getProperty(PROPERTY, "reports/claims.md"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the verdict table " + file, e);
        }
    }

    static synchronized String markdown() {
        Map<String, Map<String, Row>> byCase = new TreeMap<>();
        Map<String, Row> first = new LinkedHashMap<>();
        for (Row row : ROWS) {
            String key = row.claim().id() + " · " + row.caseName();
            byCase.computeIfAbsent(key, k -> new TreeMap<>()).put(row.backend(), row);
            first.putIfAbsent(key, row);
        }
        StringBuilder text = new StringBuilder("""
                # Claim verdicts

                Written by `mvn test` from the claim tests that ran. A verdict marked "(recorded)" is the one a
                person recorded in `expected/<claim>/verdicts.json`, with the reason given there. "Seeds" is the
                seed robustness recorded in `expected/<claim>/robustness.json`: for how many of the seed pairs
                (the lecture's, and the lecture's + k) the case's relation held; "—" where seeds play no part.

                | claim | lecture | the claim | case | cpu | gpu | seeds | numbers (cpu, else gpu) |
                |---|---|---|---|---|---|---|---|
                """);
        byCase.forEach((key, backends) -> {
            Row any = first.get(key);
            Row evidenceRow = backends.containsKey("cpu") && !backends.get("cpu").verdict().startsWith("not run")
                    ? backends.get("cpu") : backends.getOrDefault("gpu", any);
            text.append("| ").append(any.claim().id())
                    .append(" | ").append(any.claim().lecture().substring(0, any.claim().lecture().indexOf(' ')))
                    .append(" | ").append(cell(any.claim().statement()))
                    .append(" | ").append(cell(any.caseName()))
                    .append(" | ").append(cell(verdict(backends.get("cpu"))))
                    .append(" | ").append(cell(verdict(backends.get("gpu"))))
                    .append(" | ").append(cell(evidenceRow.robustness().isEmpty() ? "—" : evidenceRow.robustness()))
                    .append(" | ").append(cell(evidenceRow.evidence()))
                    .append(" |\n");
        });
        return text.toString();
    }

    private static String verdict(Row row) {
        return row == null ? "—" : row.verdict();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", "; ");
    }
}
