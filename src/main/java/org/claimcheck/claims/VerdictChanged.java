package org.claimcheck.claims;

/** A claim recorded as CONTRADICTED now holds: the recorded verdict is out of date. */
public class VerdictChanged extends AssertionError {
    public static final String PREFIX = "Verdict changed: ";

    public VerdictChanged(String message) {
        super(PREFIX + message);
    }
}
