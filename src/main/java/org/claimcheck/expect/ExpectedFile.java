package org.claimcheck.expect;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.claimcheck.run.Curve;

/**
 * The stored expectation for one run of one claim, recorded with one arithmetic (its key names
 * backend, BLAS library and kernel; the provenance holds the rest: DL4J release, threads, data type).
 *
 * @param leaveOneSeedOut each recorded seed judged against the band of the others
 * @param divergence      where the canonical run and each seed diverged, if they did
 * @param stability       what rounding does to the canonical run ({@link Stability#NOT_MEASURED} until measured)
 * @param roundingRuleText how the rounding band in the curves' last two columns is built and judged
 * @param curves          by curve key (see {@code Curve#key()})
 */
public record ExpectedFile(int format, String claim, String run, String key, String spec, BandRule rule, String ruleText,
                           Provenance provenance, LeaveOneSeedOut leaveOneSeedOut, Divergence divergence, Stability stability,
                           String roundingRuleText, Map<String, ExpectedCurve> curves) {

    public static final int FORMAT = 4;

    /** This file with its rounding measured: the stability and the rounding band of each curve (bands and golden values unchanged). */
    public ExpectedFile withRounding(Stability measured, Map<Curve, Band> rounding) {
        Map<String, ExpectedCurve> with = new LinkedHashMap<>();
        for (Curve curve : Curve.values()) {
            with.put(curve.key(), curve(curve).withRounding(rounding.get(curve)));
        }
        return new ExpectedFile(format, claim, run, key, spec, rule, ruleText, provenance, leaveOneSeedOut, divergence, measured,
                Stability.ruleText(), with);
    }

    /** The stored band of {@code curve} (ExpectedStore.read has checked that every curve is there). */
    public ExpectedCurve curve(Curve curve) {
        return curves.get(curve.key());
    }

    /** The golden values: the canonical seed's stored curves. */
    public Map<Curve, double[]> goldenValues() {
        return perCurve(c -> c.band().canonical());
    }

    public Map<Curve, Band> seedBands() {
        return perCurve(ExpectedCurve::band);
    }

    /** The rounding bands; ExpectedStore.read has checked that a measured file has them. */
    public Map<Curve, Band> roundingBands() {
        return perCurve(c -> c.roundingBand().orElseThrow());
    }

    /** Points over both curves. */
    public int points() {
        return curves.values().stream().mapToInt(c -> c.points().size()).sum();
    }

    private <T> Map<Curve, T> perCurve(Function<ExpectedCurve, T> part) {
        Map<Curve, T> map = new EnumMap<>(Curve.class);
        for (Curve curve : Curve.values()) {
            map.put(curve, part.apply(curve(curve)));
        }
        return map;
    }
}
