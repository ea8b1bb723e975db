package org.claimcheck.expect;

/**
 * How a band is built from several seeds' curves and how a curve is judged against it. Losses
 * span orders of magnitude, so everything happens in log10 space.
 *
 * @param spreadWidening    the band is [min, max] of the seeds' log10 values, widened on each side by this fraction of that spread
 * @param marginDecades     plus this many decades on each side (0.02 decades is about 5 %)
 * @param maxOutsideFraction at most this fraction of the points (rounded down) may fall outside
 */
public record BandRule(double spreadWidening, double marginDecades, double maxOutsideFraction) {

    public static final BandRule DEFAULT = new BandRule(0.25, 0.02, 0.05);
    /**
     * Comparing with a band recorded on the other backend (a CPU band for a GPU run, or the
     * reverse), each side of the band moves out by this many more decades (0.1 decades is a
     * factor of 1.26). The backends sum in other orders (OpenBLAS's blocking and one OpenMP
     * thread vs. cuBLAS and libnd4j's parallel reductions), and float rounding differences grow
     * along a training trajectory the way a small change of seed does. This is a stated
     * tolerance, not one measured here: no GPU was available when it was set.
     */
    public static final double CROSS_BACKEND_MARGIN_DECADES = 0.1;
    /** ... and up to this fraction of the points may fall outside. */
    public static final double CROSS_BACKEND_MAX_OUTSIDE = 0.10;
    /** Values are floored here before taking logs, so a loss of exactly 0 stays comparable. */
    public static final double FLOOR = 1e-12;

    public BandRule {
        if (!(spreadWidening >= 0) || !(marginDecades >= 0) || !(maxOutsideFraction >= 0 && maxOutsideFraction < 1)) {
            throw new IllegalArgumentException("band rule needs spreadWidening >= 0, marginDecades >= 0 and 0 <= maxOutsideFraction < 1, got "
                    + this);
        }
    }

    /**
     * This rule as it judges a curve against a band from the other backend: more points may fall
     * outside. (The band itself is widened by {@link #CROSS_BACKEND_MARGIN_DECADES}: {@link Band#widened}.)
     */
    public BandRule crossBackend() {
        return new BandRule(spreadWidening, marginDecades, Math.max(maxOutsideFraction, CROSS_BACKEND_MAX_OUTSIDE));
    }

    public int allowedOutside(int points) {
        return (int) Math.floor(maxOutsideFraction * points);
    }

    public String text() {
        return String.format(java.util.Locale.ROOT,
                "band = [min, max] of the recorded seeds' log10 values, widened on each side by %.0f%% of that spread plus %.3f decades;"
                        + " at most %.0f%% of the points (rounded down) may fall outside; a missing or non-finite point counts as outside",
                spreadWidening * 100, marginDecades, maxOutsideFraction * 100);
    }
}
