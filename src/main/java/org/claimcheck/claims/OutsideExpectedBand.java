package org.claimcheck.claims;

/** The claim's relation held (or was not reached), but a curve left its expected band. */
public class OutsideExpectedBand extends AssertionError {
    public static final String PREFIX = "Outside expected band: ";

    public OutsideExpectedBand(String message) {
        super(PREFIX + message);
    }
}
