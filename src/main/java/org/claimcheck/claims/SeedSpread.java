package org.claimcheck.claims;

import java.util.List;

/**
 * A number beside the distribution of its seeds: "869 (10 seeds: median 233.5, range 163–never)", so
 * that a canonical seed in the tail is seen as such and not taken for the typical run.
 */
final class SeedSpread {
    private SeedSpread() {
    }

    static String of(double canonical, List<Double> seeds) {
        if (seeds.isEmpty()) {
            return Relations.number(canonical);
        }
        List<Double> sorted = seeds.stream().sorted().toList();
        if (sorted.get(0).equals(sorted.get(sorted.size() - 1))) {
            return Relations.number(canonical) + " (" + sorted.size() + " seeds: all " + Relations.number(sorted.get(0)) + ")";
        }
        return Relations.number(canonical) + " (" + sorted.size() + " seeds: median " + median(sorted) + ", range "
                + Relations.number(sorted.get(0)) + "–" + Relations.number(sorted.get(sorted.size() - 1)) + ")";
    }

    /** The middle value; of an even count the mean of the two middle ones, or "≥ x" where the upper one is never reached. */
    private static String median(List<Double> sorted) {
        int n = sorted.size();
        double lower = sorted.get((n - 1) / 2);
        double upper = sorted.get(n / 2);
        if (lower == upper || Double.isInfinite(lower)) {
            return Relations.number(lower);
        }
        return Double.isFinite(upper) ? Relations.number((lower + upper) / 2) : "≥ " + Relations.number(lower);
    }
}
