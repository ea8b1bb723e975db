package org.claimcheck.claims;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.BiPredicate;

/** The orderings claims assert, and how their numbers are shown in a failure message. */
public final class Relations {
    private Relations() {
    }

    public static boolean nonDecreasing(List<Double> values) {
        return everyNeighbour(values, (before, after) -> after >= before);
    }

    public static boolean nonIncreasing(List<Double> values) {
        return everyNeighbour(values, (before, after) -> after <= before);
    }

    public static boolean strictlyIncreasing(List<Double> values) {
        return everyNeighbour(values, (before, after) -> after > before);
    }

    public static boolean strictlyDecreasing(List<Double> values) {
        return everyNeighbour(values, (before, after) -> after < before);
    }

    private static boolean everyNeighbour(List<Double> values, BiPredicate<Double, Double> holds) {
        for (int i = 1; i < values.size(); i++) {
            if (!holds.test(values.get(i - 1), values.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** "batch-1: 3, batch-2: 5, …" — the numbers behind an ordering. */
    public static String describe(Collection<String> names, List<Double> values) {
        StringJoiner text = new StringJoiner(", ");
        Iterator<String> name = names.iterator();
        for (double value : values) {
            text.add(name.next() + ": " + number(value));
        }
        return text.toString();
    }

    public static String epochs(double value) {
        return Double.isInfinite(value) ? "never (within its epochs)" : number(value) + " epochs";
    }

    static String number(double value) {
        if (Double.isInfinite(value)) {
            return "never";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        // four significant digits, without the zeros %g pads them with: 45.5, not 45.50; 1e-05, not 1.000e-05
        return String.format(Locale.ROOT, "%.4g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
