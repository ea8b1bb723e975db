package org.claimcheck.claims;

/**
 * Every curve stayed inside its band, but a seeded run with the same arithmetic as the recording
 * (DL4J, backend, BLAS library and kernel, data type, threads) did not reproduce its golden
 * values bit for bit: something changed the numbers.
 */
public class GoldenValuesChanged extends AssertionError {
    public static final String PREFIX = "Golden values changed: ";

    public GoldenValuesChanged(String message) {
        super(PREFIX + message);
    }
}
