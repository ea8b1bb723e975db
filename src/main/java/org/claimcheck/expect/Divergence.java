package org.claimcheck.expect;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where a run's loss first went non-finite: the 1-based step, or null where it never did. A band
 * covers the canonical run up to that step, and the step itself is checked: the golden value on
 * the recording's arithmetic, the range of the seeds (or of the rounding ensemble) elsewhere.
 *
 * @param canonical the canonical seed's step; null when it never diverged
 * @param seeds     each recorded seed's step, in the order of the provenance's seeds (null: never)
 */
public record Divergence(Integer canonical, List<Integer> seeds) {

    public Divergence {
        seeds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(seeds));
    }

    /** Whether {@code step} lies within the earliest and latest of {@code steps} (null: never, later than any step). */
    public static boolean within(Integer step, Collection<Integer> steps) {
        if (steps.isEmpty()) {
            return true;
        }
        long value = order(step);
        return value >= steps.stream().mapToLong(Divergence::order).min().orElseThrow()
                && value <= steps.stream().mapToLong(Divergence::order).max().orElseThrow();
    }

    public boolean canonicalIs(Integer step) {
        return Objects.equals(canonical, step);
    }

    /** "step 37" or "never". */
    public static String text(Integer step) {
        return step == null ? "never" : "step " + step;
    }

    /** "steps 22–37, or never" over a list of steps. */
    public static String range(Collection<Integer> steps) {
        long earliest = steps.stream().mapToLong(Divergence::order).min().orElse(Long.MAX_VALUE);
        long latest = steps.stream().mapToLong(Divergence::order).max().orElse(Long.MAX_VALUE);
        if (earliest == Long.MAX_VALUE) {
            return "never";
        }
        String from = "step " + earliest + (latest == earliest ? "" : latest == Long.MAX_VALUE ? "" : "–" + latest);
        return latest == Long.MAX_VALUE ? from + " or never" : from;
    }

    private static long order(Integer step) {
        return step == null ? Long.MAX_VALUE : step;
    }
}
