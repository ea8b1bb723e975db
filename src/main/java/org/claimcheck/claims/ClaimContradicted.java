package org.claimcheck.claims;

/** A faithful run does not show what the lecture claims. Reported as "claim contradicted". */
public class ClaimContradicted extends AssertionError {
    public static final String PREFIX = "Claim contradicted: ";

    public ClaimContradicted(String message) {
        super(PREFIX + message);
    }
}
