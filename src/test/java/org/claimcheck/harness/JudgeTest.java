package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claims.Judge;
import org.claimcheck.claims.Judge.Bands;
import org.claimcheck.claims.Outcome;
import org.claimcheck.expect.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every cell of the verdict table: observed relation × recorded verdict × strict mode × worst
 * band outcome (2 × 4 × 2 × 5 = 80). Changing any cell of the judge, or of this table, fails.
 */
@Tag("harness")
class JudgeTest {
    /** observed | recorded in verdicts.json | mode | worst band outcome | outcome */
    private static final String TABLE = """
            HOLDS        | none               | lenient | INSIDE                   | PASSED
            HOLDS        | none               | lenient | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            HOLDS        | none               | lenient | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            HOLDS        | none               | lenient | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            HOLDS        | none               | lenient | MISSING                  | EXPECTED_BAND_MISSING
            HOLDS        | none               | strict  | INSIDE                   | PASSED
            HOLDS        | none               | strict  | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            HOLDS        | none               | strict  | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            HOLDS        | none               | strict  | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            HOLDS        | none               | strict  | MISSING                  | EXPECTED_BAND_MISSING
            HOLDS        | HOLDS              | lenient | INSIDE                   | PASSED
            HOLDS        | HOLDS              | lenient | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            HOLDS        | HOLDS              | lenient | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            HOLDS        | HOLDS              | lenient | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            HOLDS        | HOLDS              | lenient | MISSING                  | EXPECTED_BAND_MISSING
            HOLDS        | HOLDS              | strict  | INSIDE                   | PASSED
            HOLDS        | HOLDS              | strict  | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            HOLDS        | HOLDS              | strict  | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            HOLDS        | HOLDS              | strict  | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            HOLDS        | HOLDS              | strict  | MISSING                  | EXPECTED_BAND_MISSING
            HOLDS        | CONTRADICTED       | lenient | INSIDE                   | VERDICT_CHANGED
            HOLDS        | CONTRADICTED       | lenient | OUTSIDE                  | VERDICT_CHANGED
            HOLDS        | CONTRADICTED       | lenient | OUTSIDE_OTHER_ARITHMETIC | VERDICT_CHANGED
            HOLDS        | CONTRADICTED       | lenient | GOLDEN_CHANGED           | VERDICT_CHANGED
            HOLDS        | CONTRADICTED       | lenient | MISSING                  | VERDICT_CHANGED
            HOLDS        | CONTRADICTED       | strict  | INSIDE                   | VERDICT_CHANGED
            HOLDS        | CONTRADICTED       | strict  | OUTSIDE                  | VERDICT_CHANGED
            HOLDS        | CONTRADICTED       | strict  | OUTSIDE_OTHER_ARITHMETIC | VERDICT_CHANGED
            HOLDS        | CONTRADICTED       | strict  | GOLDEN_CHANGED           | VERDICT_CHANGED
            HOLDS        | CONTRADICTED       | strict  | MISSING                  | VERDICT_CHANGED
            HOLDS        | HARDWARE-DEPENDENT | lenient | INSIDE                   | PASSED
            HOLDS        | HARDWARE-DEPENDENT | lenient | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            HOLDS        | HARDWARE-DEPENDENT | lenient | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            HOLDS        | HARDWARE-DEPENDENT | lenient | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            HOLDS        | HARDWARE-DEPENDENT | lenient | MISSING                  | EXPECTED_BAND_MISSING
            HOLDS        | HARDWARE-DEPENDENT | strict  | INSIDE                   | PASSED
            HOLDS        | HARDWARE-DEPENDENT | strict  | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            HOLDS        | HARDWARE-DEPENDENT | strict  | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            HOLDS        | HARDWARE-DEPENDENT | strict  | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            HOLDS        | HARDWARE-DEPENDENT | strict  | MISSING                  | EXPECTED_BAND_MISSING
            CONTRADICTED | none               | lenient | INSIDE                   | CLAIM_CONTRADICTED
            CONTRADICTED | none               | lenient | OUTSIDE                  | CLAIM_CONTRADICTED
            CONTRADICTED | none               | lenient | OUTSIDE_OTHER_ARITHMETIC | CLAIM_CONTRADICTED
            CONTRADICTED | none               | lenient | GOLDEN_CHANGED           | CLAIM_CONTRADICTED
            CONTRADICTED | none               | lenient | MISSING                  | CLAIM_CONTRADICTED
            CONTRADICTED | none               | strict  | INSIDE                   | CLAIM_CONTRADICTED
            CONTRADICTED | none               | strict  | OUTSIDE                  | CLAIM_CONTRADICTED
            CONTRADICTED | none               | strict  | OUTSIDE_OTHER_ARITHMETIC | CLAIM_CONTRADICTED
            CONTRADICTED | none               | strict  | GOLDEN_CHANGED           | CLAIM_CONTRADICTED
            CONTRADICTED | none               | strict  | MISSING                  | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | lenient | INSIDE                   | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | lenient | OUTSIDE                  | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | lenient | OUTSIDE_OTHER_ARITHMETIC | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | lenient | GOLDEN_CHANGED           | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | lenient | MISSING                  | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | strict  | INSIDE                   | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | strict  | OUTSIDE                  | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | strict  | OUTSIDE_OTHER_ARITHMETIC | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | strict  | GOLDEN_CHANGED           | CLAIM_CONTRADICTED
            CONTRADICTED | HOLDS              | strict  | MISSING                  | CLAIM_CONTRADICTED
            CONTRADICTED | CONTRADICTED       | lenient | INSIDE                   | RECORDED_CONTRADICTION
            CONTRADICTED | CONTRADICTED       | lenient | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            CONTRADICTED | CONTRADICTED       | lenient | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            CONTRADICTED | CONTRADICTED       | lenient | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            CONTRADICTED | CONTRADICTED       | lenient | MISSING                  | EXPECTED_BAND_MISSING
            CONTRADICTED | CONTRADICTED       | strict  | INSIDE                   | CLAIM_CONTRADICTED
            CONTRADICTED | CONTRADICTED       | strict  | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            CONTRADICTED | CONTRADICTED       | strict  | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            CONTRADICTED | CONTRADICTED       | strict  | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            CONTRADICTED | CONTRADICTED       | strict  | MISSING                  | EXPECTED_BAND_MISSING
            CONTRADICTED | HARDWARE-DEPENDENT | lenient | INSIDE                   | NOT_ON_THIS_MACHINE
            CONTRADICTED | HARDWARE-DEPENDENT | lenient | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            CONTRADICTED | HARDWARE-DEPENDENT | lenient | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            CONTRADICTED | HARDWARE-DEPENDENT | lenient | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            CONTRADICTED | HARDWARE-DEPENDENT | lenient | MISSING                  | EXPECTED_BAND_MISSING
            CONTRADICTED | HARDWARE-DEPENDENT | strict  | INSIDE                   | CLAIM_CONTRADICTED
            CONTRADICTED | HARDWARE-DEPENDENT | strict  | OUTSIDE                  | OUTSIDE_EXPECTED_BAND
            CONTRADICTED | HARDWARE-DEPENDENT | strict  | OUTSIDE_OTHER_ARITHMETIC | OUTSIDE_OTHER_ARITHMETIC_BAND
            CONTRADICTED | HARDWARE-DEPENDENT | strict  | GOLDEN_CHANGED           | GOLDEN_VALUES_CHANGED
            CONTRADICTED | HARDWARE-DEPENDENT | strict  | MISSING                  | EXPECTED_BAND_MISSING
            """;

    @Test
    void everyCellOfTheVerdictTable() {
        List<String> rows = TABLE.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Set<String> combinations = new HashSet<>();
        for (String row : rows) {
            String[] cell = row.split("\\|");
            Verdict observed = Verdict.valueOf(cell[0].strip());
            Optional<Verdict> recorded = cell[1].strip().equals("none") ? Optional.empty()
                    : Optional.of(Verdict.valueOf(cell[1].strip().replace('-', '_')));
            boolean strict = cell[2].strip().equals("strict");
            Bands bands = Bands.valueOf(cell[3].strip());
            assertEquals(Outcome.valueOf(cell[4].strip()), Judge.decide(observed, recorded, strict, bands), row);
            combinations.add(cell[0].strip() + cell[1].strip() + cell[2].strip() + cell[3].strip());
        }
        assertEquals(2 * 4 * 2 * Bands.values().length, combinations.size(), "the table covers every combination once");
        assertEquals(combinations.size(), rows.size(), "no combination twice");
    }
}
