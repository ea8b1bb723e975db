package org.claimcheck.report.sets;

import org.claimcheck.report.CaseResults;

import org.claimcheck.report.CaseResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimcheck.report.VerdictTable;

/**
 * Merges several reports folders (the two halves of -Pmatrix, the shards of a CI matrix, the
 * runs of several machines) into one: every Allure result and attachment, the case results,
 * one environment.properties, and one claims.md with a column per backend (per "set · backend"
 * where a backend comes from several sets). The backend and the set are part of each Allure
 * result's identity (see ResultIdentity), so the same test from two sets shows twice, not as
 * retries. With {@code --fail-on-failures} it fails, after writing, if any test failed.
 *
 * <pre>mvn -q compile exec:java@merge -Dmerge.out=reports/merged -Dmerge.in="shard-1/reports shard-2/reports shard-3/reports"</pre>
 */
public final class MergeResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MergeResults() {
    }

    public static void main(String[] args) throws IOException {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        boolean failOnFailures = list.remove("--fail-on-failures");
        list.removeIf(String::isBlank);
        if (list.size() < 2) {
            throw new IllegalArgumentException("usage: mvn -q compile exec:java@merge -Dmerge.out=DIR -Dmerge.in=\"DIR DIR …\": each input is a"
                    + " reports folder (allure-results/, results/); got " + list);
        }
        Path out = Path.of(list.get(0));
        List<Path> inputs = list.subList(1, list.size()).stream().map(Path::of).toList();
        Summary summary = merge(out, inputs);
        System.out.println(summary.text());
        Files.writeString(out.resolve("merge-summary.md"), summary.text());
        if (failOnFailures && summary.failures() > 0) {
            throw new IllegalStateException(summary.failures() + " tests failed or broke; see " + out.resolve("merge-summary.md")
                    + " and the Allure report (mvn allure:report)");
        }
    }

    /** Counts by suite (backend · set) and status, and the failed tests. */
    public record Summary(Map<String, Map<String, Integer>> counts, List<String> failed, List<String> duplicates) {
        public int failures() {
            return failed.size();
        }

        public int total() {
            return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }

        public String text() {
            StringBuilder text = new StringBuilder("# Merged results\n\n| suite (backend · set) | passed | failed | broken | skipped |\n|---|---|---|---|---|\n");
            counts.forEach((suite, byStatus) -> text.append("| ").append(suite).append(" | ")
                    .append(byStatus.getOrDefault("passed", 0)).append(" | ").append(byStatus.getOrDefault("failed", 0)).append(" | ")
                    .append(byStatus.getOrDefault("broken", 0)).append(" | ").append(byStatus.getOrDefault("skipped", 0)).append(" |\n"));
            failed.forEach(name -> text.append("\nfailed: ").append(name));
            duplicates.forEach(name -> text.append("\nin more than one input (same set and backend): ").append(name));
            return text.append('\n').toString();
        }
    }

    public static Summary merge(Path out, List<Path> inputs) throws IOException {
        Path allureOut = out.resolve("allure-results");
        Files.createDirectories(allureOut);
        Properties environment = new Properties();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        List<String> failed = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path input : inputs) {
            Path allure = input.resolve("allure-results");
            if (!Files.isDirectory(allure)) {
                throw new IllegalArgumentException(input + " is not a reports folder: it has no allure-results/");
            }
            try (Stream<Path> files = Files.list(allure)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals("environment.properties")) {
                        mergeEnvironment(file, environment);
                        continue;
                    }
                    if (name.endsWith("-result.json")) {
                        JsonNode result = JSON.readTree(file.toFile());
                        String suite = label(result, "parentSuite");
                        String status = result.path("status").asText("unknown");
                        counts.computeIfAbsent(suite, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
                        String identity = suite + " | " + result.path("fullName").asText() + " | " + result.path("name").asText();
                        if (status.equals("failed") || status.equals("broken")) {
                            failed.add(identity);
                        }
                        Path before = seen.putIfAbsent(identity, input);
                        if (before != null && !before.equals(input)) {
                            duplicates.add(identity + " (" + before + ", " + input + ")");
                        }
                    }
                    Files.copy(file, allureOut.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (Writer writer = Files.newBufferedWriter(allureOut.resolve("environment.properties"))) {
            environment.store(writer, "claimcheck: merged from " + inputs);
        }
        List<CaseResult> cases = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input.resolve(CaseResults.FOLDER))) {
                cases.addAll(CaseResults.read(input));
            }
        }
        cases.forEach(result -> CaseResults.write(out, result));
        Files.writeString(out.resolve("claims.md"), VerdictTable.markdown(rows(cases), arithmetic(cases)));
        return new Summary(counts, failed, duplicates);
    }

    /** claims.md rows: one column per backend, or per "set · backend" where several sets share a backend. */
    static List<VerdictTable.Row> rows(List<CaseResult> cases) {
        Map<String, Set<String>> setsPerBackend = new HashMap<>();
        cases.forEach(c -> setsPerBackend.computeIfAbsent(c.backend(), k -> new java.util.TreeSet<>()).add(c.set()));
        return cases.stream().map(c -> c.row(setsPerBackend.get(c.backend()).size() > 1 ? c.set() + " · " + c.backend() : c.backend()))
                .toList();
    }

    /** One header line per set and backend that ran: its arithmetic and BLAS kernel. */
    static List<String> arithmetic(List<CaseResult> cases) {
        return cases.stream().filter(CaseResult::ran).map(c -> c.set() + " · " + c.backend() + ": arithmetic `" + c.arithmetic() + "`, kernel "
                + c.blasKernel()).distinct().sorted().toList();
    }

    /** Keeps every input's machine: a key that differs between sets is kept once per set ("cpu [cpu-avx2]"). */
    private static void mergeEnvironment(Path file, Properties merged) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        String set = properties.getProperty("result.set", file.getParent().getParent().getFileName().toString());
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            String existing = merged.getProperty(key);
            if (existing == null || existing.equals(value)) {
                merged.setProperty(key, value);
            } else if (!key.equals("result.set")) {
                merged.setProperty(key + " [" + set + "]", value);
            } else {
                merged.setProperty(key, existing + ", " + value);
            }
        }
    }

    private static String label(JsonNode result, String name) {
        for (JsonNode label : result.path("labels")) {
            if (name.equals(label.path("name").asText())) {
                return label.path("value").asText();
            }
        }
        return "(no " + name + ")";
    }
}
