package org.claimcheck.report.sets;

import org.claimcheck.report.CaseResults;

import org.claimcheck.report.CaseResult;

import static org.claimcheck.report.VerdictTable.cell;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.claimcheck.report.ChartSeries;
import org.claimcheck.report.Charts;
import org.claimcheck.report.CurveCsv;

/**
 * Puts two result sets side by side (two machines, two backends, or two settings on one
 * machine): per claim, which verdicts differ and how far apart the curves of each run are.
 * Writes {@code comparison.md} (the table), one chart per claim with both sets' curves and
 * bands ({@code charts/<claim>.png}), and an Allure result per claim with the chart, the
 * distances as CSV and the table ({@code allure-results/}).
 *
 * <p>Cases are matched by claim and case; a case present on both backends in one set is taken
 * from the backend it ran on.
 *
 * <pre>mvn -q compile exec:java@compare -Dcompare.a=reports/sets/one -Dcompare.b=reports/sets/two</pre>
 */
public final class CompareResultSets {
    /** The curve the chart and the headline distance use: the Keras History epoch loss. */
    static final String CURVE = "epochLoss";

    private CompareResultSets() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || args[0].startsWith("set a:") || args[1].startsWith("set b:")) {
            throw new IllegalArgumentException("usage: mvn -q compile exec:java@compare -Dcompare.a=DIR -Dcompare.b=DIR [-Dcompare.out=DIR];"
                    + " each DIR is a reports folder with a results/ folder (e.g. reports, or one written with -Dclaimcheck.reports.dir)");
        }
        Comparison comparison = compare(CaseResults.read(Path.of(args[0])), CaseResults.read(Path.of(args[1])));
        Path out = Path.of(args[2]);
        write(comparison, out);
        System.out.println("claimcheck: compared " + comparison.setA() + " (" + args[0] + ") with " + comparison.setB() + " (" + args[1]
                + "): " + comparison.claims().size() + " claims, " + comparison.verdictChanges() + " verdict differences; "
                + out.resolve("comparison.md") + ", " + out.resolve("charts") + ", " + out.resolve("allure-results"));
    }

    /** One case in both sets. */
    public record CaseComparison(String caseName, CaseResult a, CaseResult b, Map<String, CurveDistance> distances) {
        public boolean verdictDiffers() {
            return a != null && b != null && a.ran() && b.ran() && !a.outcome().equals(b.outcome());
        }

        String verdictA() {
            return a == null ? "absent" : a.verdict();
        }

        String verdictB() {
            return b == null ? "absent" : b.verdict();
        }
    }

    public record ClaimComparison(String claim, List<CaseComparison> cases) {
        public long verdictChanges() {
            return cases.stream().filter(CaseComparison::verdictDiffers).count();
        }

        public Optional<Map.Entry<String, CurveDistance>> furthest() {
            return cases.stream().flatMap(c -> c.distances().entrySet().stream().map(e -> Map.entry(c.caseName() + " / " + e.getKey(), e.getValue())))
                    .max(java.util.Comparator.comparingDouble(e -> e.getValue().maxDecades()));
        }
    }

    public record Comparison(String setA, String setB, List<ClaimComparison> claims) {
        public long verdictChanges() {
            return claims.stream().mapToLong(ClaimComparison::verdictChanges).sum();
        }
    }

    public static Comparison compare(List<CaseResult> a, List<CaseResult> b) {
        Map<String, Map<String, CaseResult>> byClaimA = byClaimAndCase(a);
        Map<String, Map<String, CaseResult>> byClaimB = byClaimAndCase(b);
        Map<String, List<CaseComparison>> claims = new TreeMap<>();
        java.util.Set<String> claimIds = new java.util.TreeSet<>(byClaimA.keySet());
        claimIds.addAll(byClaimB.keySet());
        for (String claim : claimIds) {
            Map<String, CaseResult> casesA = byClaimA.getOrDefault(claim, Map.of());
            Map<String, CaseResult> casesB = byClaimB.getOrDefault(claim, Map.of());
            java.util.Set<String> caseNames = new java.util.TreeSet<>(casesA.keySet());
            caseNames.addAll(casesB.keySet());
            for (String name : caseNames) {
                CaseResult ra = casesA.get(name);
                CaseResult rb = casesB.get(name);
                Map<String, CurveDistance> distances = new LinkedHashMap<>();
                if (ra != null && rb != null) {
                    ra.runs().forEach((run, curvesA) -> {
                        var curvesB = rb.runs().get(run);
                        if (curvesB != null && curvesA.curves().containsKey(CURVE) && curvesB.curves().containsKey(CURVE)) {
                            distances.put(run, CurveDistance.between(curvesA.curves().get(CURVE), curvesB.curves().get(CURVE)));
                        }
                    });
                }
                claims.computeIfAbsent(claim, k -> new ArrayList<>()).add(new CaseComparison(name, ra, rb, distances));
            }
        }
        List<ClaimComparison> list = new ArrayList<>();
        claims.forEach((claim, cases) -> list.add(new ClaimComparison(claim, cases)));
        return new Comparison(setName(a), setName(b), list);
    }

    /** Claim → case → the result; where a case is on both backends, the one that ran. */
    private static Map<String, Map<String, CaseResult>> byClaimAndCase(List<CaseResult> results) {
        Map<String, Map<String, CaseResult>> map = new TreeMap<>();
        for (CaseResult result : results) {
            map.computeIfAbsent(result.claim().id(), k -> new TreeMap<>())
                    .merge(result.caseName(), result, (old, now) -> !old.ran() && now.ran() ? now : old);
        }
        return map;
    }

    /** The set's name and the backend its cases ran on, e.g. "cpu-1-thread (cpu)". */
    private static String setName(List<CaseResult> results) {
        return results.stream().filter(CaseResult::ran).findFirst().or(() -> results.stream().findFirst())
                .map(r -> r.set() + " (" + r.backend() + ")").orElse("empty set");
    }

    static void write(Comparison comparison, Path out) {
        try {
            Files.createDirectories(out.resolve("charts"));
            Path allure = out.resolve("allure-results");
            Files.createDirectories(allure);
            for (ClaimComparison claim : comparison.claims()) {
                byte[] chart = chart(comparison, claim);
                Files.write(out.resolve("charts").resolve(claim.claim() + ".png"), chart);
                allureResult(allure, comparison, claim, chart);
            }
            Files.writeString(out.resolve("comparison.md"), markdown(comparison));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison to " + out, e);
        }
    }

    static String markdown(Comparison comparison) {
        StringBuilder text = new StringBuilder("# " + comparison.setA() + " vs " + comparison.setB() + "\n\n"
                + "A is " + comparison.setA() + ", B is " + comparison.setB() + ". Curve distances are on the epoch loss (Keras History),"
                + " in log10 decades (0.1 decades is a factor of 1.26), over the epochs both runs have; \"outside\" counts the points"
                + " of one set's curve outside the other set's expected band.\n\n"
                + "| claim | cases | verdict differences | runs compared | runs identical | largest distance | where | chart |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (ClaimComparison claim : comparison.claims()) {
            long runs = claim.cases().stream().mapToLong(c -> c.distances().size()).sum();
            long identical = claim.cases().stream().flatMap(c -> c.distances().values().stream()).filter(CurveDistance::identical).count();
            var furthest = claim.furthest().filter(e -> e.getValue().maxDecades() > 0);
            text.append("| ").append(claim.claim()).append(" | ").append(claim.cases().size()).append(" | ").append(claim.verdictChanges())
                    .append(" | ").append(runs).append(" | ").append(identical).append(" | ")
                    .append(furthest.map(e -> String.format(Locale.ROOT, "%.3g", e.getValue().maxDecades())).orElse(runs == 0 ? "—" : "0")).append(" | ")
                    .append(furthest.map(e -> cell(e.getKey()) + " epoch " + e.getValue().worstEpoch()).orElse("—"))
                    .append(" | [").append(claim.claim()).append("](charts/").append(claim.claim()).append(".png) |\n");
        }
        text.append("\n## Cases\n\n| claim | case | verdict A | verdict B | differs | run | distance |\n|---|---|---|---|---|---|---|\n");
        for (ClaimComparison claim : comparison.claims()) {
            for (CaseComparison c : claim.cases()) {
                String prefix = "| " + claim.claim() + " | " + cell(c.caseName()) + " | " + cell(c.verdictA()) + " | " + cell(c.verdictB())
                        + " | " + (c.verdictDiffers() ? "**yes**" : "no") + " | ";
                if (c.distances().isEmpty()) {
                    text.append(prefix).append("— | — |\n");
                }
                c.distances().forEach((run, d) -> text.append(prefix).append(cell(run)).append(" | ").append(cell(d.summary())).append(" |\n"));
            }
        }
        return text.toString();
    }

    /** Every run of the claim that both sets have: A's curve and band, B's curve and band. */
    static byte[] chart(Comparison comparison, ClaimComparison claim) {
        Map<String, java.util.Set<String>> specsByRun = new java.util.HashMap<>();
        claim.cases().forEach(c -> c.distances().keySet().forEach(run ->
                specsByRun.computeIfAbsent(run, k -> new java.util.HashSet<>()).add(c.a().runs().get(run).spec())));
        List<ChartSeries> series = new ArrayList<>();
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (CaseComparison c : claim.cases()) {
            for (String run : c.distances().keySet()) {
                if (drawn.add(run + "|" + c.a().runs().get(run).spec())) { // a run shared by several cases is drawn once
                    String label = specsByRun.get(run).size() > 1 ? c.caseName() + " / " + run : run;
                    add(series, label + " · A", c.a().runs().get(run).curves().get(CURVE));
                    add(series, label + " · B", c.b().runs().get(run).curves().get(CURVE));
                }
            }
        }
        return Charts.curves(claim.claim() + ": A = " + comparison.setA() + ", B = " + comparison.setB(), "epoch",
                "epoch loss (Keras History)", series);
    }

    private static void add(List<ChartSeries> series, String name, CaseResult.CurveValues values) {
        series.add(values.lower() == null ? ChartSeries.line(name, values.values())
                : new ChartSeries(name, values.values(), values.lower(), values.upper()));
    }

    /** One Allure result per claim, written as Allure's result JSON with its two attachments. */
    private static void allureResult(Path allure, Comparison comparison, ClaimComparison claim, byte[] chart) throws IOException {
        String pngSource = UUID.randomUUID() + "-attachment.png";
        String csvSource = UUID.randomUUID() + "-attachment.csv";
        Files.write(allure.resolve(pngSource), chart);
        List<List<Object>> rows = new ArrayList<>();
        claim.cases().forEach(c -> c.distances().forEach((run, d) -> rows.add(List.of(c.caseName(), run, c.verdictA(), c.verdictB(),
                d.epochs(), d.maxDecades(), d.meanDecades(), d.worstEpoch(), d.identical(), d.bOutsideBandA(), d.aOutsideBandB()))));
        String csv = CurveCsv.table(List.of("case", "run", "verdict_a", "verdict_b", "common_epochs", "max_decades", "mean_decades",
                "worst_epoch", "identical", "b_outside_band_a", "a_outside_band_b"), rows);
        Files.writeString(allure.resolve(csvSource), csv, StandardCharsets.UTF_8);
        String changes = claim.cases().stream().filter(CaseComparison::verdictDiffers)
                .map(c -> c.caseName() + ": " + c.verdictA() + " vs " + c.verdictB()).reduce((x, y) -> x + "\n" + y).orElse("");
        long now = System.currentTimeMillis();
        String uuid = UUID.randomUUID().toString();
        AllureResultFile result = new AllureResultFile(uuid, claim.claim() + "|" + comparison.setA() + "|" + comparison.setB(),
                claim.claim() + ": " + comparison.setA() + " vs " + comparison.setB(), "comparison." + claim.claim(),
                changes.isEmpty() ? "passed" : "failed",
                Map.of("message", changes.isEmpty()
                        ? "same verdicts; " + claim.furthest().map(e -> "largest curve distance " + e.getKey() + ": " + e.getValue().summary()).orElse("no curves in both")
                        : "verdicts differ:\n" + changes),
                "finished", now, now,
                List.of(new AllureResultFile.NameValue("parentSuite", "comparison"),
                        new AllureResultFile.NameValue("suite", comparison.setA() + " vs " + comparison.setB()),
                        new AllureResultFile.NameValue("story", claim.claim())),
                List.of(new AllureResultFile.NameValue("A", comparison.setA()), new AllureResultFile.NameValue("B", comparison.setB())),
                List.of(new AllureResultFile.Attachment("epoch loss, A and B with their bands", "image/png", pngSource),
                        new AllureResultFile.Attachment("curve distances", "text/csv", csvSource)));
        result.write(allure);
    }
}
