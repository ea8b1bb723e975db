package org.claimcheck.claims;

/** A claim case that failed, in the category its {@link Outcome} names; the message starts with the outcome's prefix. */
public class CaseFailed extends AssertionError {
    private final Outcome outcome;

    public CaseFailed(Outcome outcome, String message) {
        super(outcome.prefix() + message);
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
