package org.claimcheck.training;

import org.claimcheck.data.Dataset;
import org.claimcheck.data.Datasets;
import org.claimcheck.spec.RunSpec;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One update of a spec's network at its batch size, for timing claims, as training pays for it:
 * the minibatch cut from the data set (the spec's first {@code batch} rows, so that every call
 * does the same arithmetic), the {@code fit}, the loss read back and the minibatch freed. A fresh
 * network with the lecture's initialisation seed. Cutting the minibatch is a cost per step, so leaving it out would
 * favour the small batches, which take more steps (L13-BATCH-TIME).
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
        return () -> {
            DataSet minibatch = data.rows(rows, 0, batch, spec.dataType());
            network.fit(minibatch);
            network.score();
            Trainer.free(minibatch);
        };
    }
}
