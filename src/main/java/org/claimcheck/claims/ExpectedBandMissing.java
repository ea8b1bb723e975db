package org.claimcheck.claims;

/** No expected band is stored for a run this machine trained. The message says how to record it. */
public class ExpectedBandMissing extends AssertionError {
    public static final String PREFIX = "Expected band missing: ";

    public ExpectedBandMissing(String message) {
        super(PREFIX + message);
    }
}
