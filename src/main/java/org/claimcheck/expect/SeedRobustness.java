package org.claimcheck.expect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How many of several seed pairs a claim case's relation held for, measured when recording.
 *
 * @param seedOffsets the offsets k added to the lecture's seeds (0 is the lecture's own pair)
 * @param holdsFor    the offsets for which the relation held
 * @param numbers     the numbers the case's findings read, on each seed offset
 */
@JsonPropertyOrder({"case", "backend", "arithmetic", "holds", "seeds", "seedOffsets", "holdsFor", "recorded", "numbers"})
public record SeedRobustness(@JsonProperty("case") String caseId, String backend, String arithmetic, int holds, int seeds,
                             List<Integer> seedOffsets, List<Integer> holdsFor, String recorded, List<SeedNumbers> numbers) {

    /** The recorded values of one number of one finding, if this entry has them. */
    public java.util.Optional<List<Double>> values(int finding, String metric, String label) {
        return numbers.stream().filter(n -> n.finding() == finding && n.metric().equals(metric) && n.label().equals(label))
                .map(SeedNumbers::values).findFirst();
    }

    /** "9/10 seeds". */
    public String fraction() {
        return holds + "/" + seeds + " seeds";
    }
}
