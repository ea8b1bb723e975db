package org.claimcheck.expect;

import java.util.Locale;

/**
 * The outcome of judging one curve against its band.
 *
 * @param worstIndex    0-based index of the point furthest outside, or -1 when all are inside
 * @param marginDecades the room left: how far inside its band (in decades, to the nearer edge) the
 *                      first point that is not allowed out lies; negative when the curve fails
 */
public record BandCheck(int points, int outside, int allowedOutside, int worstIndex, double observed, double lower,
                        double upper, double worstDecades, double marginDecades) {

    public boolean passed() {
        return outside <= allowedOutside;
    }

    public String summary() {
        if (worstIndex < 0) {
            return String.format(Locale.ROOT, "%d/%d points inside, %.3g decades of room", points, points, marginDecades);
        }
        return String.format(Locale.ROOT,
                "%d of %d points outside (at most %d allowed); worst at epoch %d: observed %s, band [%.6g, %.6g], %.3f decades out",
                outside, points, allowedOutside, worstIndex + 1, observed, lower, upper, worstDecades);
    }
}
