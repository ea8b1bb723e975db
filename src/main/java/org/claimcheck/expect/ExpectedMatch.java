package org.claimcheck.expect;

import java.nio.file.Path;

/**
 * The expected file a check uses and how closely it matches this run's arithmetic. Lookup goes
 * from the most specific to the least: this arithmetic (backend, BLAS library, kernel), then
 * another arithmetic of this backend (another kernel), then the other backend. On another
 * arithmetic a stable run is held to its drift tolerance, a chaotic one to its seed band (see
 * {@link Stability}).
 */
public record ExpectedMatch(Path file, Level level) {

    public enum Level {
        SAME_ARITHMETIC("same arithmetic"),
        SAME_BACKEND("same backend, other arithmetic"),
        OTHER_BACKEND("other backend");

        private final String text;

        Level(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** e.g. {@code L13-OPT/nadam/cpu-openblas-haswell.json (same arithmetic)}, relative to the expected folder. */
    public String describe(Path root) {
        Path shown = file.startsWith(root) ? root.relativize(file) : file;
        return shown + " (" + level.text() + ")";
    }
}
