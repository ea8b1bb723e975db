package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.claims.Catalogue;
import org.claimcheck.claims.Finding;
import org.claimcheck.junit.ResultIdentity;
import org.claimcheck.report.CaseResult;
import org.claimcheck.report.CaseResults;
import org.claimcheck.report.sets.CompareResultSets;
import org.claimcheck.report.sets.CurveDistance;
import org.claimcheck.report.sets.MergeResults;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result sets: written per case, compared between two sets, merged from several folders. */
@Tag("harness")
class ResultSetsTest {
    @TempDir
    Path root;

    static CaseResult result(String set, String outcome, double factor) {
        double[] values = {0.7, 0.3 * factor, 0.1 * factor, 0.05 * factor};
        double[] lower = {0.6, 0.25, 0.08, 0.04};
        double[] upper = {0.8, 0.35, 0.12, 0.06};
        Map<String, CaseResult.CurveValues> curves = new LinkedHashMap<>();
        curves.put("epochLoss", new CaseResult.CurveValues(values, lower, upper));
        curves.put("wholeDataLoss", new CaseResult.CurveValues(values, null, null));
        return new CaseResult(CaseResult.FORMAT, set, Catalogue.L13_OPT.claim(), "nadam-reaches-tau-before-sgd", "nadam reaches τ before sgd", "cpu", "cpu-openblas-haswell", "Haswell", outcome,
                outcome, "", "HOLDS nadam 20 vs sgd never", List.of(new Finding("nadam before sgd", outcome.equals("HOLDS"), "20 vs never")),
                Map.of("nadam", new CaseResult.RunCurves("nadam-slug", 667, 1338, "L13-OPT/nadam/cpu-openblas-haswell.json (same arithmetic); golden values identical", curves)));
    }

    @Test
    void aRowGivesSharedNumbersOnce() {
        CaseResult two = result("one", "HOLDS", 1);
        two = new CaseResult(two.format(), two.set(), two.claim(), two.caseId(), two.caseName(), two.backend(), two.arithmetic(), two.blasKernel(),
                two.outcome(), two.verdict(), two.robustness(), two.evidence(),
                List.of(new Finding("the loss falls", true, "0.64 → 0.0019"), new Finding("it falls ten-fold", true, "0.64 → 0.0019")), two.runs());
        assertEquals("0.64 → 0.0019", two.row("cpu").evidence(), "the numbers once; the sentences are the case's own words");
    }

    @Test
    void aCaseResultRoundTripsThroughItsFile() {
        CaseResult written = result("one", "HOLDS", 1);
        CaseResults.write(root, written);
        assertTrue(Files.exists(CaseResults.path(root, written)));
        CaseResult read = CaseResults.read(root).get(0);
        assertEquals(written.key(), read.key());
        assertEquals(written.runs().get("nadam").curves().get("epochLoss").values()[2], read.runs().get("nadam").curves().get("epochLoss").values()[2]);
    }

    @Test
    void curveDistancesAreInDecadesAndCountPointsOutsideTheOtherBand() {
        CaseResult.CurveValues a = result("a", "HOLDS", 1).runs().get("nadam").curves().get("epochLoss");
        CaseResult.CurveValues b = result("b", "HOLDS", 10).runs().get("nadam").curves().get("epochLoss");
        CurveDistance d = CurveDistance.between(a, b);
        assertEquals(1.0, d.maxDecades(), 1e-12);
        assertEquals(2, d.worstEpoch());
        assertEquals(3, d.bOutsideBandA());
        assertFalse(d.identical());
        assertTrue(CurveDistance.between(a, a).identical());
    }

    @Test
    void comparingTwoSetsWritesTheTableAChartPerClaimAndAllureResults() throws IOException {
        Path a = root.resolve("a");
        Path b = root.resolve("b");
        CaseResults.write(a, result("one-thread", "HOLDS", 1));
        CaseResults.write(b, result("two-threads", "CONTRADICTED", 1.01));
        Path out = root.resolve("out");
        CompareResultSets.main(new String[] {a.toString(), b.toString(), out.toString()});
        String table = Files.readString(out.resolve("comparison.md"));
        assertTrue(table.contains("one-thread (cpu) vs two-threads (cpu)"), table);
        assertTrue(table.contains("| L13-OPT | 1 | 1 | 1 | 0 |"), table);
        assertTrue(table.contains("**yes**"), table);
        assertTrue(Files.size(out.resolve("charts/L13-OPT.png")) > 1000);
        try (var files = Files.list(out.resolve("allure-results"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.stream().filter(n -> n.endsWith("-result.json")).count(), names.toString());
            assertEquals(2, names.stream().filter(n -> n.contains("-attachment")).count(), names.toString());
            Path resultFile = out.resolve("allure-results").resolve(names.stream().filter(n -> n.endsWith("-result.json")).findFirst().orElseThrow());
            var written = new com.fasterxml.jackson.databind.ObjectMapper().readTree(resultFile.toFile());
            assertEquals("failed", written.get("status").asText(), "the verdicts differ");
            assertEquals(2, written.get("attachments").size());
            // every field is one Allure's own writer uses, spelled the same way
            var allures = new com.fasterxml.jackson.databind.ObjectMapper().readTree(io.qameta.allure.internal.Allure2ModelJackson.createMapper()
                    .writeValueAsString(new TestResult().setUuid("u").setHistoryId("h").setName("n").setFullName("f")
                            .setStatus(io.qameta.allure.model.Status.FAILED).setStatusDetails(new io.qameta.allure.model.StatusDetails().setMessage("m"))
                            .setStage(io.qameta.allure.model.Stage.FINISHED).setStart(1L).setStop(2L)));
            written.fieldNames().forEachRemaining(field -> assertTrue(allures.has(field), field + " is not a field of Allure's result format"));
            assertEquals(allures.get("status").asText(), "failed", "Allure writes statuses in lower case too");
        }
    }

    @Test
    void aFolderWithoutResultsIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseResults.read(root.resolve("nothing")));
        assertTrue(e.getMessage().contains("nothing") && e.getMessage().contains("results/"), e.getMessage());
    }

    @Test
    void mergingKeepsEachSetsResultsApartAndGivesEachSetAColumn() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (String set : List.of("one-thread", "two-threads")) {
            Path input = root.resolve(set);
            CaseResults.write(input, result(set, "HOLDS", 1));
            Files.createDirectories(input.resolve("allure-results"));
            Files.writeString(input.resolve("allure-results").resolve(set + "-result.json"), """
                    {"name": "L13-OPT · nadam · cpu", "fullName": "L13OptimizerTest.nadam", "status": "passed",
                     "labels": [{"name": "parentSuite", "value": "cpu · %s"}]}
                    """.formatted(set));
            Files.writeString(input.resolve("allure-results").resolve("environment.properties"), "result.set=" + set + "\nomp.threads=" + set.charAt(0) + "\n");
            inputs.add(input);
        }
        Path out = root.resolve("merged");
        MergeResults.Summary summary = MergeResults.merge(out, inputs);
        assertEquals(2, summary.total());
        assertTrue(summary.duplicates().isEmpty(), summary.text());
        String claims = Files.readString(out.resolve("claims.md"));
        assertTrue(claims.contains("| one-thread · cpu | two-threads · cpu |"), claims);
        assertEquals(2, CaseResults.read(out).size());
        String environment = Files.readString(out.resolve("allure-results/environment.properties"));
        assertTrue(environment.contains("omp.threads\\ [two-threads]=t"), environment);
    }

    @Test
    void theSameTestFromTwoSetsOrBackendsHasTwoHistoryIds() throws Exception {
        TestResult cpu = new TestResult().setHistoryId("abc");
        cpu.getParameters().add(new Parameter().setName("backend").setValue("cpu"));
        TestResult gpu = new TestResult().setHistoryId("abc");
        gpu.getParameters().add(new Parameter().setName("backend").setValue("gpu"));
        new ResultIdentity().beforeTestWrite(cpu);
        new ResultIdentity().beforeTestWrite(gpu);
        assertNotEquals(cpu.getHistoryId(), gpu.getHistoryId());
        assertTrue(gpu.getLabels().stream().anyMatch(l -> l.getName().equals("parentSuite") && l.getValue().startsWith("gpu · ")));
        SystemProperties.with("claimcheck.set", "other-machine", () -> {
            TestResult elsewhere = new TestResult().setHistoryId("abc");
            elsewhere.getParameters().add(new Parameter().setName("backend").setValue("cpu"));
            new ResultIdentity().beforeTestWrite(elsewhere);
            assertNotEquals(cpu.getHistoryId(), elsewhere.getHistoryId());
        });
        SystemProperties.with("claimcheck.set", "bad name!",
                () -> assertThrows(IllegalArgumentException.class, () -> new ResultIdentity().beforeTestWrite(new TestResult())));
    }

    @Test
    void aClaimTestShowsItsCaseInWordsNotAsMethodArguments() {
        TestResult claim = new TestResult().setHistoryId("abc");
        TestResult table = new TestResult().setHistoryId("def");
        for (TestResult result : List.of(claim, table)) {
            result.getParameters().add(new Parameter().setName("arg0").setValue("LARGER_FASTER"));
            result.getParameters().add(new Parameter().setName("arg1").setValue("L13-LR · larger converges faster up to 1 · cpu"));
        }
        claim.getParameters().add(new Parameter().setName("claim").setValue("L13-LR"));
        new ResultIdentity().beforeTestWrite(claim);
        new ResultIdentity().beforeTestWrite(table);
        assertEquals(List.of("claim", "result set"), claim.getParameters().stream().map(Parameter::getName).toList());
        assertEquals(List.of("arg0", "arg1", "result set"), table.getParameters().stream().map(Parameter::getName).toList());
    }
}
