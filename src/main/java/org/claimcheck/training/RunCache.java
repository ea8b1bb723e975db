package org.claimcheck.training;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.run.RunTrainer;
import org.claimcheck.spec.RunSpec;

/**
 * Seeded runs are deterministic, so each seeded spec is trained once per JVM and shared by every
 * claim that reads it. Unseeded specs are trained afresh on every request: that is their point.
 * Runs train on the {@link RunPool}; {@link #prefetch} starts several at once.
 */
public final class RunCache {
    private static final Map<RunSpec, CompletableFuture<RecordedRun>> RUNS = new ConcurrentHashMap<>();
    /** Every run of a perturbed suite run (-Dclaimcheck.ulp.noise) trains under the same rounding noise. */
    private static final Deviation TRAINING = UlpNoise.fromSystemProperty().map(n -> Deviation.rounding(n.seed())).orElse(Deviation.NONE);

    private RunCache() {
    }

    public static RecordedRun get(RunSpec spec) {
        return RunPool.join(future(spec));
    }

    /** Starts training the seeded specs not trained yet, each on a free worker, without waiting. */
    public static void prefetch(Collection<RunSpec> specs) {
        specs.stream().filter(RunSpec::fullySeeded).forEach(RunCache::future);
    }

    private static CompletableFuture<RecordedRun> future(RunSpec spec) {
        if (!spec.fullySeeded()) {
            return RunPool.submit(() -> Trainer.train(spec, TRAINING));
        }
        return RUNS.computeIfAbsent(spec, s -> RunPool.submit(() -> Trainer.train(s, TRAINING)));
    }

    /**
     * Forgets every run trained so far but those of {@code keep}: called when a test class is done,
     * since the claims of one class share their runs (a claim's cases, its bands' seeds, its
     * robustness seeds), keeping the runs a class still to come declares (the planted regressions'
     * controls are runs the claim classes trained). Recording keeps one class's runs in memory
     * instead of the whole suite's.
     */
    public static void retainOnly(Set<RunSpec> keep) {
        RUNS.keySet().retainAll(keep);
    }

    /** Whether every run trains under rounding noise (a perturbed suite run): then no run is the one its spec says. */
    public static boolean perturbed() {
        return TRAINING != Deviation.NONE;
    }

    /** How many seeded runs are held. */
    public static int size() {
        return RUNS.size();
    }

    /** Runs from the run cache, several at once on the run pool. */
    public static RunTrainer trainer() {
        return new RunTrainer() {
            @Override
            public RecordedRun train(RunSpec spec) {
                return RunCache.get(spec);
            }

            @Override
            public List<RecordedRun> trainAll(List<RunSpec> specs) {
                RunCache.prefetch(specs);
                return specs.stream().map(RunCache::get).toList();
            }
        };
    }
}
