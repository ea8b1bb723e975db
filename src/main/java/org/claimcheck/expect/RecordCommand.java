package org.claimcheck.expect;

/** The commands a person runs to record a test class's expected files and seed robustness. */
public record RecordCommand(String testClass) {

    /**
     * Records the class's expected files whole, rounding bands included, so that {@code mvn test}
     * is green afterwards ({@code -Dclaimcheck.record=missing} alone leaves their stability unmeasured).
     */
    public String files() {
        return "HELD_OUT=0 scripts/record-all -Dtest=" + testClass;
    }

    /** Records what is missing, without the rounding suites: enough for seed robustness, which has no rounding band. */
    public String missing() {
        return "mvn test -Dclaimcheck.record=missing -Dtest=" + testClass;
    }
}
