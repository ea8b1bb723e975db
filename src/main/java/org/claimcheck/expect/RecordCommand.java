package org.claimcheck.expect;

/** The commands a person runs to record a test class's expected files: the missing ones, or all of them again. */
public record RecordCommand(String testClass) {

    public String missing() {
        return "mvn test -Dclaimcheck.record=missing -Dtest=" + testClass;
    }

    public String all() {
        return "mvn test -Dclaimcheck.record=all -Dtest=" + testClass;
    }
}
