package org.claimcheck.expect;

/**
 * A verdict a person recorded for one case of a claim on one backend, with the one-line reason
 * they wrote and the numbers they saw.
 */
public record ExpectedVerdict(String caseName, String backend, Verdict verdict, String reason, String evidence) {
}
