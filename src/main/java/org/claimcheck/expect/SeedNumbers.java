package org.claimcheck.expect;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One number a finding reads off its runs, on every seed pair of a robustness entry: the numbers
 * behind "869 epochs (10 seeds: median 402, range 150–869)".
 *
 * @param finding the finding it belongs to, counting from 1 in the case's order (as verdicts.json counts)
 * @param metric  what the number is ("epochs to reach loss τ = 0.05")
 * @param label   which number of the finding (a run's name, or a run and a quantity)
 * @param values  its value for each seed offset of the entry, in the entry's order; a non-finite value is "never"
 */
@JsonPropertyOrder({"finding", "metric", "label", "values"})
public record SeedNumbers(int finding, String metric, String label, List<Double> values) {
}
