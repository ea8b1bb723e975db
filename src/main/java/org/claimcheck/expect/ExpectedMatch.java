package org.claimcheck.expect;

import java.nio.file.Path;

/**
 * The expected file a check uses and how closely it matches this machine. Lookup goes from the
 * most specific to the least: this machine class, then another class of this backend, then the
 * other backend, whose band is widened by {@link BandRule#CROSS_BACKEND_MARGIN_DECADES}.
 */
public record ExpectedMatch(Path file, Level level) {

    public enum Level {
        SAME_MACHINE_CLASS("same machine class"),
        SAME_BACKEND("same backend, other machine class"),
        OTHER_BACKEND("other backend, band widened by the cross-backend tolerance");

        private final String text;

        Level(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** e.g. {@code L13-OPT/nadam/cpu-avx512.json (same machine class)}, relative to the expected folder. */
    public String describe(Path root) {
        Path shown = file.startsWith(root) ? root.relativize(file) : file;
        return shown + " (" + level.text() + ")";
    }
}
