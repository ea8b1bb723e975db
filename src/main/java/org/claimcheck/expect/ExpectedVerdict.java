package org.claimcheck.expect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A verdict a person recorded for one case of a claim (its stable id) on one backend, with the one-line reason
 * they wrote and the numbers they saw.
 */
@JsonPropertyOrder({"case", "backend", "verdict", "reason", "evidence"})
public record ExpectedVerdict(@JsonProperty("case") String caseId, String backend, Verdict verdict, String reason, String evidence) {
}
