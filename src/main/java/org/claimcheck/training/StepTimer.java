package org.claimcheck.training;

import org.claimcheck.data.Dataset;
import org.claimcheck.data.Datasets;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Seconds per update of a spec's network at its batch size: a fresh network, one fixed
 * minibatch of the spec's data, {@code steps} updates each timed, and their median returned, so
 * that a garbage-collection pause inside a round moves the result by one step, not by its whole
 * length. Used by timing claims inside {@code InterleavedTimer} rounds.
 */
public final class StepTimer {
    private StepTimer() {
    }

    public static double secondsPerStep(RunSpec spec, int steps) {
        Dataset data = Datasets.load(spec.data());
        MultiLayerNetwork network = Trainer.network(spec, data, RunSpec.LECTURE_INIT_SEED);
        int batch = spec.batchSize() == RunSpec.FULL_BATCH ? data.size() : Math.min(spec.batchSize(), data.size());
        int[] rows = new int[data.size()];
        java.util.Arrays.setAll(rows, i -> i);
        DataSet minibatch = data.rows(rows, 0, batch, spec.dataType());
        network.fit(minibatch);
        double[] seconds = new double[steps];
        for (int i = 0; i < steps; i++) {
            long start = System.nanoTime();
            network.fit(minibatch);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(seconds);
    }
}
