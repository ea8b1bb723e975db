package org.claimcheck.run;

import java.util.List;
import org.claimcheck.spec.RunSpec;

/** Where recorded runs come from: a run at a time, or several that may train at once. */
@FunctionalInterface
public interface RunTrainer {
    RecordedRun train(RunSpec spec);

    /** The runs of {@code specs}, in order; by default one after the other. */
    default List<RecordedRun> trainAll(List<RunSpec> specs) {
        return specs.stream().map(this::train).toList();
    }
}
