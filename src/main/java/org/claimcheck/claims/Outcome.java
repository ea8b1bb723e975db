package org.claimcheck.claims;

/**
 * How one claim case ends, in the report's words. Each outcome but {@link #PASSED} has the
 * prefix its message starts with, which the report's categories (src/test/allure/categories.json)
 * match, and the status the test ends with.
 */
public enum Outcome {
    PASSED(Status.PASSED, ""),
    CLAIM_CONTRADICTED(Status.FAILED, "Claim contradicted: "),
    VERDICT_CHANGED(Status.FAILED, "Verdict changed: "),
    OUTSIDE_EXPECTED_BAND(Status.FAILED, "Outside expected band: "),
    OUTSIDE_OTHER_ARITHMETIC_BAND(Status.FAILED, "Outside another arithmetic's band: "),
    GOLDEN_VALUES_CHANGED(Status.FAILED, "Golden values changed: "),
    EXPECTED_BAND_MISSING(Status.FAILED, "Expected band missing: "),
    /** A contradiction recorded in verdicts.json with a reason: reported, not failed (unless strict). */
    RECORDED_CONTRADICTION(Status.SKIPPED, "Recorded contradiction: "),
    /** A claim recorded HARDWARE-DEPENDENT that does not hold on this machine. */
    NOT_ON_THIS_MACHINE(Status.SKIPPED, "Does not hold on this machine (recorded HARDWARE-DEPENDENT): ");

    /** What the test runner is told. */
    public enum Status { PASSED, FAILED, SKIPPED }

    private final Status status;
    private final String prefix;

    Outcome(Status status, String prefix) {
        this.status = status;
        this.prefix = prefix;
    }

    public Status status() {
        return status;
    }

    public String prefix() {
        return prefix;
    }
}
