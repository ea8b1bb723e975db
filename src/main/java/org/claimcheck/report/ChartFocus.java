package org.claimcheck.report;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What a case's chart must show for its sentence to be read off it: the threshold τ the claim
 * compares against (a line, with where each compared run first reaches it), and the runs it
 * compares, drawn over the others.
 *
 * @param threshold the loss threshold τ, if the claim has one
 * @param compared  the names of the runs the claim compares; empty: every run alike
 */
public record ChartFocus(OptionalDouble threshold, List<String> compared) {
    public static final ChartFocus NONE = new ChartFocus(OptionalDouble.empty(), List.of());

    public ChartFocus {
        compared = List.copyOf(compared);
    }

    public boolean emphasises(String run) {
        return compared.contains(run);
    }
}
