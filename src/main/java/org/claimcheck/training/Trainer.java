package org.claimcheck.training;

import java.util.Arrays;
import java.util.Random;
import org.claimcheck.data.Dataset;
import org.claimcheck.data.Datasets;
import org.claimcheck.model.NetworkFactory;
import org.claimcheck.model.Updaters;
import org.claimcheck.run.RecordedRun;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains a {@link RunSpec} the way Keras {@code fit} does: the training set reshuffled every
 * epoch (with our own seeded {@link Random}, never ND4J's per-thread generator), one update per
 * minibatch, and the epoch loss as the batch-size-weighted mean of the minibatch losses seen
 * during the epoch ({@code History} semantics). A run that goes non-finite stops there and
 * records the step: divergence is a result, not a crash. The whole-data loss is also measured
 * after every epoch and at log-spaced steps (1, 2, 5, 10, 20, …), so that runs with different
 * batch sizes can be compared after the same number of updates.
 */
public final class Trainer {
    private Trainer() {
    }

    public static RecordedRun train(RunSpec spec) {
        Dataset data = Datasets.load(spec.data());
        long initSeed = spec.initSeed() != null ? spec.initSeed() : SeedSource.draw();
        long orderSeed = spec.orderSeed() != null ? spec.orderSeed() : SeedSource.draw();
        MultiLayerNetwork network = NetworkFactory.build(data.task(), data.inputs(), spec.hidden(),
                Activation.fromString(spec.activation()), Updaters.of(spec.optimizerSettings()), initSeed, spec.dataType());

        int n = data.size();
        int batch = spec.batchSize() == RunSpec.FULL_BATCH ? n : Math.min(spec.batchSize(), n);
        int stepsPerEpoch = (n + batch - 1) / batch;
        int totalSteps = stepsPerEpoch * spec.epochs();
        var recorder = new RecordedRun.Builder(spec, initSeed, orderSeed, spec.epochs(), totalSteps);
        int[] probes = RecordedRun.probeSteps(totalSteps);
        int nextProbe = 0;

        Random order = new Random(orderSeed);
        int[] indices = new int[n];
        Arrays.setAll(indices, i -> i);
        DataSet everything = data.all(spec.dataType());

        for (int epoch = 0; epoch < spec.epochs(); epoch++) {
            shuffle(indices, order);
            double weightedLoss = 0;
            long epochNanos = 0;
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(from + batch, n);
                DataSet minibatch = data.rows(indices, from, to, spec.dataType());
                long start = System.nanoTime();
                network.fit(minibatch);
                long nanos = System.nanoTime() - start;
                double loss = network.score();
                epochNanos += nanos;
                recorder.step(loss, nanos);
                if (!Double.isFinite(loss)) {
                    return recorder.diverged(network);
                }
                if (nextProbe < probes.length && recorder.steps() == probes[nextProbe]) {
                    recorder.probe(network.score(everything));
                    nextProbe++;
                }
                weightedLoss += loss * (to - from);
            }
            recorder.epoch(weightedLoss / n, network.score(everything), epochNanos);
        }
        return recorder.finished(network);
    }

    /** Fisher-Yates with the given generator, as numpy's in-place shuffle does each Keras epoch. */
    static void shuffle(int[] indices, Random random) {
        for (int i = indices.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
    }
}
