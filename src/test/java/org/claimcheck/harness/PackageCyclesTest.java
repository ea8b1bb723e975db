package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The harness core's packages follow the flow (data → model → spec → run → training → expect →
 * claims → report) without an import cycle, and none of them uses JUnit or Allure's test-runner
 * side: each reference to another org.claimcheck package in src/main is an edge, and no package
 * may reach itself.
 */
@Tag("harness")
class PackageCyclesTest {
    private static final Pattern REFERENCE = Pattern.compile("org\\.claimcheck\\.([a-z]\\w*(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void noPackageReachesItself() throws IOException {
        Map<String, Set<String>> edges = edges();
        List<String> cycles = new ArrayList<>();
        for (String from : edges.keySet()) {
            for (String to : edges.get(from)) {
                if (reaches(edges, to, from)) {
                    cycles.add(from + " → " + to + " → … → " + from);
                }
            }
        }
        assertEquals(List.of(), cycles, "package edges: " + edges);
    }

    /** The flow README states, as an order: each package uses only packages before it (env, io and suite serve all). */
    static final List<String> LAYERS = List.of("data", "io", "suite", "env", "model", "spec", "run", "training", "expect", "claims", "report",
            "report.sets", "settings");

    @Test
    void eachPackageUsesOnlyThePackagesBeforeItInTheFlow() throws IOException {
        List<String> backwards = new java.util.ArrayList<>();
        edges().forEach((from, targets) -> targets.forEach(to -> {
            if (!LAYERS.contains(from) || !LAYERS.contains(to)) {
                backwards.add(from + " -> " + to + " (a package the order does not list)");
            } else if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
                backwards.add(from + " -> " + to);
            }
        }));
        assertEquals(List.of(), backwards, "packages that use a later one in " + LAYERS);
    }

    @Test
    void theCoreDoesNotUseTheTestRunner() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (text.contains("import org.junit") || text.contains("import org.opentest4j") || text.contains("import io.qameta.allure.Allure;")
                        || text.contains("io.qameta.allure.junit")) {
                    offenders.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static Map<String, Set<String>> edges() throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        Pattern packageLine = Pattern.compile("^package org\\.claimcheck\\.([\\w.]+);", Pattern.MULTILINE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/claimcheck"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher own = packageLine.matcher(text);
                if (!own.find()) {
                    continue;
                }
                String from = own.group(1);
                Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(text);
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        to.add(reference.group(1));
                    }
                }
            }
        }
        return edges;
    }

    private static boolean reaches(Map<String, Set<String>> edges, String from, String target) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(edges.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }
}
