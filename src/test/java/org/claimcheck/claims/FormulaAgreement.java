package org.claimcheck.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Values a schedule produced, step by step, against the lab's formula evaluated in Python
 * (ReferenceSchedules). The claim is the formula, so a step agrees when it differs by rounding only:
 * Java's {@code Math.pow} and {@code Math.cos} may differ from the C library Python calls by an ulp,
 * and do on linux-arm64, and the formulas (a cosine near −1 plus one, a power times lr0) amplify
 * that to a few dozen ulps of the result at most. {@link #ROUNDING} (10⁻¹³ relative) holds that and is
 * eleven orders of magnitude below any mistake in a formula (a step off by one moves a value by 1 %).
 * How many steps are bit-for-bit equal, and the largest distance in ulps, are reported beside.
 * A step the run did not reach, or one it took beyond the reference, differs.
 */
record FormulaAgreement(List<List<Object>> rows, int steps, int used, int beyondRounding, int notBitForBit, long mostUlps, String firstBeyond) {

    static final double ROUNDING = 1e-13;
    static final String ROUNDING_TEXT = "1e-13";

    static FormulaAgreement of(double[] used, double[] reference) {
        List<List<Object>> rows = new ArrayList<>();
        int beyond = Math.max(0, used.length - reference.length);
        int notExact = 0;
        long mostUlps = 0;
        String first = "";
        for (int step = 0; step < reference.length; step++) {
            double formula = reference[step];
            boolean reached = step < used.length;
            rows.add(List.of(step, reached ? used[step] : "not reached", formula));
            if (reached && Double.doubleToLongBits(used[step]) == Double.doubleToLongBits(formula)) {
                continue;
            }
            notExact++;
            if (reached) {
                mostUlps = Math.max(mostUlps, ulpsApart(used[step], formula));
            }
            if (!reached || !(Math.abs(used[step] - formula) <= ROUNDING * Math.abs(formula))) {
                if (beyond++ == 0) {
                    first = " (first at step " + step + ": " + (reached ? used[step] : "not reached") + " vs " + formula + ")";
                }
            }
        }
        return new FormulaAgreement(rows, reference.length, used.length, beyond, notExact, mostUlps, first);
    }

    boolean agrees() {
        return beyondRounding == 0;
    }

    String evidence() {
        return beyondRounding + " of " + steps + " differ by more than rounding" + firstBeyond + "; " + (steps - notBitForBit)
                + " bit for bit" + (mostUlps > 0 ? ", the others at most " + mostUlps + " ulps apart" : "") + "; " + used + " values used"
                + (rows.isEmpty() ? "" : "; first " + rows.get(0).get(1) + ", last " + rows.get(rows.size() - 1).get(1));
    }

    private static long ulpsApart(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || Math.signum(a) != Math.signum(b)) {
            return Long.MAX_VALUE;
        }
        return Math.abs(Double.doubleToLongBits(Math.abs(a)) - Double.doubleToLongBits(Math.abs(b)));
    }
}
