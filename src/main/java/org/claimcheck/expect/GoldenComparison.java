package org.claimcheck.expect;

import java.util.Locale;
import org.claimcheck.run.Curve;

/**
 * A canonical run against the golden values (the canonical curves stored in its expected file).
 * IDENTICAL and CHANGED apply only where the arithmetic is the same (see {@link GoldenValues});
 * elsewhere the comparison is NOT_APPLICABLE, says why, and still measures how far apart the
 * curves are, which is how a kernel or backend change shows its size.
 *
 * @param whyNotApplicable what differs between the recording and this run; empty unless NOT_APPLICABLE
 * @param curve            the curve of the first difference; null when the curves are identical
 * @param epoch            the first differing epoch (1-based); 0 when identical
 * @param observed         this run's value there
 * @param recorded         the golden value there
 * @param maxDecades       the largest |log10 observed − log10 recorded| over both curves (+∞ where one side is missing or non-finite)
 * @param points           how many stored points were compared (both curves, up to where the band ends)
 * @param divergence       how the step where the run diverged differs from the recorded one; empty when it does not
 */
public record GoldenComparison(Status status, String whyNotApplicable, Curve curve, int epoch, double observed, double recorded,
                               double maxDecades, int points, String divergence) {

    public enum Status { IDENTICAL, CHANGED, NOT_APPLICABLE }

    public boolean identicalCurves() {
        return curve == null && divergence.isEmpty();
    }

    /** One sentence, e.g. "identical, bit for bit" or "changed: epoch loss at epoch 3 is 0.12 (recorded 0.13); at most 0.004 decades apart". */
    public String line() {
        String distance = identicalCurves() ? "the curves are identical, bit for bit, at all " + points + " stored points"
                : curve == null ? "the curves are identical at all " + points + " stored points, but the run " + divergence
                : "first difference: " + curve.key() + " at epoch " + epoch + " is " + observed + ", recorded " + recorded
                + "; at most " + String.format(Locale.ROOT, "%.3g", maxDecades) + " decades apart" + (divergence.isEmpty() ? "" : "; the run " + divergence);
        return switch (status) {
            case IDENTICAL -> "identical, bit for bit, to the golden values at all " + points + " stored points";
            case CHANGED -> "changed: " + distance;
            case NOT_APPLICABLE -> "not applicable (" + whyNotApplicable + "); " + distance;
        };
    }

    /** A few words for the Allure parameter beside the expected file. */
    public String brief() {
        return switch (status) {
            case IDENTICAL -> "golden values identical";
            case CHANGED -> "golden values CHANGED" + (curve == null ? ": " + divergence : " at " + curve.key() + " epoch " + epoch);
            case NOT_APPLICABLE -> "golden values not applicable (" + whyNotApplicable + "); "
                    + (identicalCurves() ? "0 decades from them: identical anyway" : String.format(Locale.ROOT, "%.3g decades from them at most", maxDecades)
                    + (divergence.isEmpty() ? "" : ", " + divergence));
        };
    }
}
