package org.claimcheck.expect;

import java.util.Locale;

/** When expected files are (re)written: only on request, via -Dclaimcheck.record. */
public enum RecordMode {
    /** Never write; compare only (the default). */
    OFF,
    /** Write the expected files that do not exist yet. */
    MISSING,
    /** Rewrite the files whose check fails, and write missing ones. */
    FAILING,
    /** Rewrite every expected file the run touches. */
    ALL;

    public static final String PROPERTY = "claimcheck.record";

    public static RecordMode fromSystemProperty() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    public static RecordMode parse(String value) {
        String text = value.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("off") || text.equalsIgnoreCase("false")) {
            return OFF;
        }
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + value
                    + " is not a record mode; use missing (write absent files), failing (rewrite failing ones) or all (rewrite everything)");
        }
    }
}
