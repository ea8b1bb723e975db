package org.claimcheck.training;

import java.util.List;
import org.claimcheck.run.RecordedRun;

/** Where recorded runs come from: a run at a time, or several that may train at once. */
@FunctionalInterface
public interface RunTrainer {
    RecordedRun train(RunSpec spec);

    /** The runs of {@code specs}, in order; by default one after the other. */
    default List<RecordedRun> trainAll(List<RunSpec> specs) {
        return specs.stream().map(this::train).toList();
    }

    /** Runs from the run cache, several at once on the run pool. */
    static RunTrainer cached() {
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
