package org.claimcheck.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** A measure's numbers on the canonical runs: a finding's evidence. */
record Measured(String metric, Map<String, Double> canonical) {

    /**
     * "epochs to reach loss τ = 0.05: batch-1 3 (10 seeds: median 3, range 2–4), batch-2 …; …":
     * each measure's numbers, with the seeds' values beside them where {@code seeds} (metric, label)
     * has them.
     */
    static String evidence(List<Measured> measured, BiFunction<String, String, List<Double>> seeds) {
        return measured.stream().map(m -> {
            Map<String, String> shown = new LinkedHashMap<>();
            m.canonical().forEach((label, value) -> shown.put(label, SeedSpread.of(value, seeds.apply(m.metric(), label))));
            return Measure.describe(m.metric(), shown);
        }).collect(Collectors.joining("; "));
    }
}
