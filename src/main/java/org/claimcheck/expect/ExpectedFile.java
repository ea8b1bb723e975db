package org.claimcheck.expect;

import java.util.EnumMap;
import java.util.Map;
import org.claimcheck.run.Curve;

/**
 * The stored expectation for one run of one claim under one arithmetic (backend, BLAS library and kernel).
 *
 * @param leaveOneSeedOut each recorded seed judged against the band of the others
 * @param stability       whether rounding perturbations stay rounding ({@link Stability#NOT_MEASURED} until measured)
 * @param curves          by curve key (see {@code Curve#key()})
 */
public record ExpectedFile(int format, String claim, String run, String key, String spec, BandRule rule, String ruleText,
                           Provenance provenance, LeaveOneSeedOut leaveOneSeedOut, Stability stability,
                           Map<String, ExpectedCurve> curves) {

    public static final int FORMAT = 3;

    /** This file with its stability measured (the bands and golden values unchanged). */
    public ExpectedFile withStability(Stability measured) {
        return new ExpectedFile(format, claim, run, key, spec, rule, ruleText, provenance, leaveOneSeedOut, measured, curves);
    }

    /** The stored band of {@code curve} (ExpectedStore.read has checked that every curve is there). */
    public ExpectedCurve curve(Curve curve) {
        return curves.get(curve.key());
    }

    /** The golden values: the canonical seed's stored curves. */
    public Map<Curve, double[]> goldenValues() {
        Map<Curve, double[]> golden = new EnumMap<>(Curve.class);
        for (Curve curve : Curve.values()) {
            golden.put(curve, curve(curve).band().canonical());
        }
        return golden;
    }
}
