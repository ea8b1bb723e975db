package org.claimcheck.claims;

/**
 * The loss levels τ of the banknote claims. The lectures give none; each is chosen from
 * multi-seed runs, written here with its reason, and is the same for every backend.
 */
public final class Thresholds {
    private Thresholds() {
    }

    /** PLACEHOLDER, set from the multi-seed runs below. */
    public static final double BANKNOTE_CONVERGED = 0.02;
}
