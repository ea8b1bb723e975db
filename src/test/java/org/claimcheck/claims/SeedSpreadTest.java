package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A canonical number beside its seeds: median and range, with "never" for a threshold not reached. */
@Tag("harness")
class SeedSpreadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            odd count                      | 7   | 5 7 3                | 7 (3 seeds: median 5, range 3–7)
            even count: mean of the middle | 869 | 150 300 500 869      | 869 (4 seeds: median 400, range 150–869)
            canonical in the tail          | 12  | 3 4 4 5 12           | 12 (5 seeds: median 4, range 3–12)
            some never reach it            | 9   | 9 Infinity Infinity  | 9 (3 seeds: median never, range 9–never)
            half never reach it            | 9   | 9 11 Infinity Infinity | 9 (4 seeds: median ≥ 11, range 9–never)
            all equal                      | 0.1 | 0.1 0.1              | 0.1 (2 seeds: all 0.1)
            no seeds recorded              | 3   |                      | 3
            four digits, no padding        | 45.5 | 0.01 1.5e-5 123456  | 45.5 (3 seeds: median 0.01, range 1.5e-05–123456)
            """)
    void spread(String description, double canonical, String seeds, String shown) {
        List<Double> values = seeds == null ? List.of() : Arrays.stream(seeds.trim().split(" +")).map(Double::valueOf).toList();
        assertEquals(shown, SeedSpread.of(canonical, values), description);
    }

    @org.junit.jupiter.api.Test
    void aFindingsEvidenceNamesEachMetricAndShowsTheSeedsWhereRecorded() {
        java.util.Map<String, Double> epochs = new java.util.LinkedHashMap<>();
        epochs.put("nadam", 20.0);
        epochs.put("sgd", Double.POSITIVE_INFINITY);
        List<Measured> measured = List.of(new Measured("epochs to reach epoch loss τ = 0.01", epochs),
                new Measured("epoch loss of the last epoch", java.util.Map.of("sgd", 0.0125)));
        assertEquals("epochs to reach epoch loss τ = 0.01: nadam 20 (3 seeds: median 22, range 19–25), sgd never; epoch loss of the last epoch: sgd 0.0125",
                Measured.evidence(measured, (metric, label) -> label.equals("nadam") ? List.of(25.0, 19.0, 22.0) : List.of()));
    }

    @Test
    void theMetricsRecordedInRobustnessEntriesKeepTheirWords() {
        // robustness.json keys each finding's numbers by these words: a change would re-record every entry
        assertEquals("epochs to reach epoch loss τ = 0.01", Measure.epochsToReach(Thresholds.BANKNOTE_CONVERGED).metric());
        assertEquals("epochs to reach epoch loss τ = 0.05", Measure.epochsToReach(Thresholds.CIRCLES_TRAINED).metric());
    }
}
