package org.claimcheck.expect;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
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
    ALL,
    /**
     * Where this arithmetic has no expected files of its own (arm64 under QEMU): write only the
     * canonical run's golden values ({@code <key>.golden.json}), missing or recorded for other settings.
     */
    GOLDEN;

    public static final String PROPERTY = "claimcheck.record";
    /**
     * With {@code all}: what was recorded at or after this instant is kept, so that a re-recording
     * interrupted part-way resumes where it stopped (scripts/record-all passes the instant it began).
     */
    public static final String SINCE_PROPERTY = "claimcheck.record.since";

    /** -Dclaimcheck.record.since, e.g. 2026-11-22T23:10:00Z; empty when not set. */
    public static Optional<Instant> sinceFromSystemProperty() {
        String value = System.getProperty(SINCE_PROPERTY, "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("-D" + SINCE_PROPERTY + "=" + value + " is not an instant such as 2026-11-22T23:10:00Z");
        }
    }

    /** Whether something recorded at {@code recordedAt} (ISO-8601) was recorded at or after {@code since}: kept by a resumed {@code all}. */
    public static boolean recordedSince(String recordedAt, Optional<Instant> since) {
        if (since.isEmpty()) {
            return false;
        }
        try {
            return !OffsetDateTime.parse(recordedAt).toInstant().isBefore(since.get());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

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
                    + " is not a record mode; use missing (write absent files), failing (rewrite failing ones), all (rewrite everything) or"
                    + " golden (only the golden values, for an arithmetic judged by another's bands)");
        }
    }
}
