package org.claimcheck.claims;

/**
 * A curve left a band that was recorded with another arithmetic (another BLAS kernel, or the
 * other backend): the difference may be the kernel's rounding grown along the trajectory rather
 * than a regression, so it is reported apart from "Outside expected band".
 */
public class OutsideOtherArithmeticBand extends AssertionError {
    public static final String PREFIX = "Outside another arithmetic's band: ";

    public OutsideOtherArithmeticBand(String message) {
        super(PREFIX + message);
    }
}
