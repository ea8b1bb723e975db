package org.claimcheck.training;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcheck.run.RecordedRun;

/**
 * Seeded runs are deterministic, so each seeded spec is trained once per JVM and shared by every
 * claim that reads it. Unseeded specs are trained afresh on every request: that is their point.
 */
public final class RunCache {
    private static final Map<RunSpec, RecordedRun> RUNS = new ConcurrentHashMap<>();

    private RunCache() {
    }

    public static synchronized RecordedRun get(RunSpec spec) {
        if (!spec.fullySeeded()) {
            return Trainer.train(spec);
        }
        RecordedRun run = RUNS.get(spec);
        if (run == null) {
            run = Trainer.train(spec);
            RUNS.put(spec, run);
        }
        return run;
    }
}
