package org.claimcheck.expect;

import java.util.List;

/**
 * The step where a run diverged (or that it did not) against the steps it may take: the
 * canonical run's and the seeds' on the recording's arithmetic, the canonical run's and the
 * rounding ensemble's elsewhere.
 *
 * @param observed the run's divergence step; null when it never diverged
 * @param allowed  the steps it is judged against (null: never)
 * @param against  what they are, e.g. "the recorded seeds" or "the rounding ensemble"
 */
public record DivergenceCheck(Integer observed, List<Integer> allowed, String against) {

    public DivergenceCheck {
        allowed = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(allowed));
    }

    public boolean passed() {
        return Divergence.within(observed, allowed);
    }

    public String summary() {
        return "diverged " + Divergence.text(observed) + "; " + against + ": " + Divergence.range(allowed) + (passed() ? "" : " — outside");
    }
}
