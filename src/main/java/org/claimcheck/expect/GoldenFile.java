package org.claimcheck.expect;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.run.Curve;
import org.claimcheck.run.RecordedRun;

/**
 * The golden values of an arithmetic that has no bands of its own (arm64, recorded under QEMU,
 * where ten seeds per run cost too much): the canonical run's curves and divergence step, stored as
 * {@code expected/<claim>/<run>/<key>.golden.json}. Such a run is judged by the rounding band of
 * the recorded arithmetic, as any other arithmetic is, and must also reproduce these values bit for
 * bit where its arithmetic is theirs.
 *
 * @param divergedAt the canonical run's divergence step; null when it never diverged
 * @param curves     by curve key, one value per epoch
 */
public record GoldenFile(int format, String claim, String run, String key, String spec, Provenance provenance, Integer divergedAt,
                         Map<String, List<Double>> curves) {

    public static final int FORMAT = 1;

    public static GoldenFile of(String claim, String runName, String key, RecordedRun run, Provenance provenance) {
        Map<String, List<Double>> curves = new LinkedHashMap<>();
        for (Curve curve : Curve.values()) {
            curves.put(curve.key(), java.util.Arrays.stream(curve.of(run)).boxed().toList());
        }
        return new GoldenFile(FORMAT, claim, runName, key, run.spec().slug(), provenance, run.divergedAtStep(), curves);
    }

    public Map<Curve, double[]> goldenValues() {
        Map<Curve, double[]> golden = new EnumMap<>(Curve.class);
        for (Curve curve : Curve.values()) {
            golden.put(curve, curves.get(curve.key()).stream().mapToDouble(Double::doubleValue).toArray());
        }
        return golden;
    }
}
