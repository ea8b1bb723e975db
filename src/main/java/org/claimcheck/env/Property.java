package org.claimcheck.env;

/** A claimcheck system property read strictly: a bad value names the property, its value and what it must be. */
public final class Property {
    private Property() {
    }

    /** true or false (any case); unset or blank gives {@code fallback}. */
    public static boolean bool(String name, boolean fallback) {
        String text = System.getProperty(name, "").strip();
        if (text.isEmpty()) {
            return fallback;
        }
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("-D" + name + "=" + text + " is not true or false (default " + fallback + ")");
        }
        return Boolean.parseBoolean(text);
    }

    /** A whole number of at least {@code minimum}; unset or blank gives {@code fallback}. */
    public static int atLeast(String name, int fallback, int minimum, String what) {
        String text = System.getProperty(name, "").strip();
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= minimum) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + name + "=" + text + ": " + what + " must be a whole number of at least " + minimum);
    }
}
