package org.claimcheck.training;

import org.claimcheck.data.Dataset;
import org.claimcheck.data.Datasets;
import org.claimcheck.spec.RunSpec;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One update of a spec's network at its batch size, for timing claims: a fresh network with the
 * lecture's initialisation seed and one fixed minibatch (the spec's first {@code batch} rows),
 * so that every call does the same arithmetic.
 */
public final class StepTimer {
    private StepTimer() {
    }

    /** A fresh network and its minibatch; each run of the result is one {@code fit} on it. */
    public static Runnable freshUpdate(RunSpec spec) {
        Dataset data = Datasets.load(spec.data());
        MultiLayerNetwork network = Trainer.network(spec, data, RunSpec.LECTURE_INIT_SEED);
        int batch = spec.batchSize() == RunSpec.FULL_BATCH ? data.size() : Math.min(spec.batchSize(), data.size());
        int[] rows = new int[data.size()];
        java.util.Arrays.setAll(rows, i -> i);
        DataSet minibatch = data.rows(rows, 0, batch, spec.dataType());
        return () -> network.fit(minibatch);
    }
}
