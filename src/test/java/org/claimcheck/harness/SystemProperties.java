package org.claimcheck.harness;

/** Runs a check with a system property set, and puts the property back as it was, whatever happens. */
final class SystemProperties {

    @FunctionalInterface
    interface Check {
        void run() throws Exception;
    }

    private SystemProperties() {
    }

    static void with(String name, String value, Check check) throws Exception {
        String before = System.getProperty(name);
        System.setProperty(name, value);
        try {
            check.run();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }
}
