package org.claimcheck.expect;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A verdict a person recorded for one case of a claim (its stable id) on one backend, with the one-line reason
 * they wrote and the numbers they saw.
 */
public record ExpectedVerdict(@JsonProperty("case") String caseId, String backend, Verdict verdict, String reason, String evidence) {
}
