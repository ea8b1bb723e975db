package org.claimcheck.expect;

import java.nio.file.Path;
import java.util.Map;
import org.claimcheck.run.Curve;

/**
 * What the expected-band check of one run found.
 *
 * @param file   the expected file compared with (or the one that should exist, when missing)
 * @param match  how closely that file matches this machine; null when missing
 * @param bands  the bands used, by curve; empty when missing
 * @param checks the per-curve outcomes; empty when missing
 * @param exact  the comparison with golden values from an identical machine, or null when not applicable
 */
public record BandOutcome(String claim, String run, Status status, Path file, ExpectedMatch.Level match, Map<Curve, Band> bands,
                          Map<Curve, BandCheck> checks, String exact, String message) {

    public enum Status { PASSED, RECORDED, FAILED, MISSING }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public boolean missing() {
        return status == Status.MISSING;
    }

    public String line() {
        StringBuilder text = new StringBuilder(run + ": " + status + " (" + file + (match == null ? "" : ", " + match.text()) + ")");
        checks.forEach((curve, check) -> text.append("\n    ").append(curve.key()).append(": ").append(check.summary()));
        if (exact != null) {
            text.append("\n    golden values: ").append(exact);
        }
        if (message != null) {
            text.append("\n    ").append(message);
        }
        return text.toString();
    }
}
