package org.claimcheck.expect;

import java.nio.file.Path;
import java.util.Map;
import org.claimcheck.run.Curve;

/**
 * What the expected-band check of one run found.
 *
 * @param status PASSED, RECORDED, FAILED (a curve left its band), GOLDEN_CHANGED (inside the
 *               bands, but the golden values of the same arithmetic were not reproduced, with
 *               -Dclaimcheck.exact=true, the default) or MISSING
 * @param file   the expected file compared with (or the one that should exist, when missing)
 * @param match  how closely that file matches this run's arithmetic; null when missing
 * @param bands  the bands used, by curve; empty when missing
 * @param checks the per-curve outcomes; empty when missing
 * @param golden the comparison with the file's golden values; null where none was made (missing, recorded now, other settings)
 * @param leaveOneSeedOut the file's own check of its band; null when missing or recorded for other settings
 * @param stability       what rounding does to the run; null when missing or recorded for other settings
 * @param divergence      the divergence step's check; null when missing or recorded for other settings
 */
public record BandOutcome(String claim, String run, Status status, Path file, ExpectedMatch.Level match, Map<Curve, Band> bands,
                          Map<Curve, BandCheck> checks, GoldenComparison golden, String message, LeaveOneSeedOut leaveOneSeedOut,
                          Stability stability, DivergenceCheck divergence) {

    public enum Status { PASSED, RECORDED, FAILED, GOLDEN_CHANGED, MISSING }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public boolean goldenChanged() {
        return status == Status.GOLDEN_CHANGED;
    }

    public boolean missing() {
        return status == Status.MISSING;
    }

    /** Whether the band it was judged against was recorded with this run's arithmetic (every part of it: library, backend, BLAS, kernel, threads, data type). */
    public boolean sameArithmetic() {
        return match == ExpectedMatch.Level.SAME_ARITHMETIC;
    }

    public String line() {
        StringBuilder text = new StringBuilder(run + ": " + status + " (" + file + (match == null ? "" : ", " + match.text()) + ")");
        checks.forEach((curve, check) -> text.append("\n    ").append(curve.key()).append(": ").append(check.summary()));
        if (divergence != null) {
            text.append("\n    divergence: ").append(divergence.summary());
        }
        if (golden != null) {
            text.append("\n    golden values: ").append(golden.line());
        }
        if (message != null) {
            text.append("\n    ").append(message);
        }
        return text.toString();
    }

    /** Which expected file judged the run, how closely it matches, and what the golden values said. */
    public String describe(Path expectedRoot) {
        return match == null ? "none (" + status + ": " + file + ")"
                : new ExpectedMatch(file, match).describe(expectedRoot) + (status == Status.RECORDED ? ", recorded now" : "")
                + (golden == null ? "" : "; " + golden.brief())
                + (leaveOneSeedOut == null ? "" : String.format(java.util.Locale.ROOT, "; leave-one-seed-out %d/%d (least room %.3g decades)",
                leaveOneSeedOut.passed(), leaveOneSeedOut.seeds(), leaveOneSeedOut.smallestMarginDecades()))
                + (stability == null ? "" : "; " + stability.text());
    }

    /** What failed, in one line: the first curve outside its band with its worst point, or the message (settings changed). */
    public String firstFailure() {
        return checks.entrySet().stream().filter(e -> !e.getValue().passed()).findFirst()
                .map(e -> e.getKey().key() + ": " + e.getValue().summary())
                .orElse(divergence != null && !divergence.passed() ? "divergence: " + divergence.summary() : message == null ? status.toString() : message);
    }
}
