package org.claimcheck.junit;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimcheck.claims.ClaimCase;
import org.claimcheck.claims.Outcome;

/**
 * One console line per claim case as it finishes, so a long run shows where it is: the time,
 * claim, case and backend, the verdict (and the outcome where it is not a pass), the seconds the
 * case took.
 */
final class Progress {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private static final Map<String, List<String>> BY_OUTCOME = new TreeMap<>();

    private Progress() {
    }

    static void finished(ClaimCase claimCase, Outcome outcome, String verdict, long startNanos) {
        remember(outcome.name(), claimCase);
        print(claimCase, verdict + (outcome == Outcome.PASSED ? "" : " — " + outcome.name()), startNanos);
    }

    static void broke(ClaimCase claimCase, Throwable error, long startNanos) {
        remember("INFRASTRUCTURE_BROKE", claimCase);
        print(claimCase, "INFRASTRUCTURE BROKE — " + error.getClass().getSimpleName(), startNanos);
    }

    private static synchronized void remember(String outcome, ClaimCase claimCase) {
        BY_OUTCOME.computeIfAbsent(outcome, k -> new ArrayList<>()).add(claimCase.toString());
    }

    /** The run's last lines: cases per outcome, every case that did not pass by name, and where the report is. */
    static synchronized List<String> summary(String reports) {
        if (BY_OUTCOME.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(BY_OUTCOME.values().stream().mapToInt(List::size).sum() + " claim cases: " + BY_OUTCOME.entrySet().stream()
                .map(e -> e.getValue().size() + " " + e.getKey()).collect(Collectors.joining(", ")));
        BY_OUTCOME.forEach((outcome, cases) -> {
            if (!outcome.equals(Outcome.PASSED.name())) {
                cases.forEach(c -> lines.add("  " + outcome + ": " + c));
            }
        });
        lines.add("verdicts: " + reports + "/claims.md; HTML report: " + reports + "/allure-report/index.html");
        return lines;
    }

    private static void print(ClaimCase claimCase, String what, long startNanos) {
        System.out.printf(Locale.ROOT, "[claimcheck] %s  %s: %s (%.1f s)%n", LocalTime.now().format(CLOCK), claimCase, what,
                (System.nanoTime() - startNanos) / 1e9);
        System.out.flush();
    }
}
