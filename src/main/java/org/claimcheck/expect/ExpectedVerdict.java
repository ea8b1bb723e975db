package org.claimcheck.expect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A verdict a person recorded for one finding of one case of a claim (the case's stable id, the
 * finding's place among the case's relations, from 1) on one backend, with the one-line reason
 * they wrote and the numbers they saw. The case's other findings must still hold.
 */
@JsonPropertyOrder({"case", "finding", "backend", "verdict", "reason", "evidence"})
public record ExpectedVerdict(@JsonProperty("case") String caseId, int finding, String backend, Verdict verdict, String reason,
                              String evidence) {
}
