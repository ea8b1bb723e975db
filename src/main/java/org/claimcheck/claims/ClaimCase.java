package org.claimcheck.claims;

import org.claimcheck.env.Backend;

/**
 * One invocation of a claim test: a claim, a case of it, and the backend it runs on. Its text is
 * the test's display name, e.g. {@code L13-OPT · nadam reaches τ before sgd · cpu}.
 */
public record ClaimCase(Claim claim, CaseKind kind, Backend backend) {

    /** The stable key of the case in verdicts.json and robustness.json. */
    public String caseId() {
        return kind.id();
    }

    /** The case in words, for people. */
    public String caseName() {
        return kind.title();
    }

    @Override
    public String toString() {
        return claim.id() + " · " + caseName() + " · " + backend.id();
    }
}
