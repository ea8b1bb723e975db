package org.claimcheck.expect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How many of several seed pairs a claim case's relation held for, measured when recording.
 *
 * @param seedOffsets the offsets k added to the lecture's seeds (0 is the lecture's own pair)
 * @param holdsFor    the offsets for which the relation held
 */
@JsonPropertyOrder({"case", "backend", "arithmetic", "holds", "seeds", "seedOffsets", "holdsFor", "recorded"})
public record SeedRobustness(@JsonProperty("case") String caseId, String backend, String arithmetic, int holds, int seeds,
                             List<Integer> seedOffsets, List<Integer> holdsFor, String recorded) {

    /** "9/10 seeds". */
    public String fraction() {
        return holds + "/" + seeds + " seeds";
    }
}
