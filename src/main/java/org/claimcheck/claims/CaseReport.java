package org.claimcheck.claims;

/**
 * Where a claim case's report goes: labels, parameters and attachments. The test runner's glue
 * implements it (Allure under JUnit); the harness core knows only this.
 */
public interface CaseReport {
    void labels(String lecture, String topic, String claimId);

    void parameter(String name, String value);

    void description(String markdown);

    void tag(String tag);

    void png(String name, byte[] png);

    void csv(String name, String csv);

    void text(String name, String text);

    /** Drops everything: for checks made outside a test runner (harness tests). */
    CaseReport NONE = new CaseReport() {
        @Override
        public void labels(String lecture, String topic, String claimId) {
        }

        @Override
        public void parameter(String name, String value) {
        }

        @Override
        public void description(String markdown) {
        }

        @Override
        public void tag(String tag) {
        }

        @Override
        public void png(String name, byte[] png) {
        }

        @Override
        public void csv(String name, String csv) {
        }

        @Override
        public void text(String name, String text) {
        }
    };
}
