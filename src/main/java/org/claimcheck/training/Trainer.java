package org.claimcheck.training;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.claimcheck.data.Dataset;
import org.claimcheck.data.Datasets;
import org.claimcheck.data.Shuffle;
import org.claimcheck.model.NetworkFactory;
import org.claimcheck.model.Recipe;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.ProfilerConfig;

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
    static {
        // ND4J validates every op's arrays against their workspaces by default (ProfilerConfig.checkWorkspaces):
        // a check for debugging that costs per-op time and changes no number.
        Nd4j.getExecutioner().setProfilingConfig(ProfilerConfig.builder().checkWorkspaces(false).build());
        if (org.claimcheck.env.Backend.active() == org.claimcheck.env.Backend.CPU) {
            org.claimcheck.env.Threads.pin();
            ShapeInfoCache.install();
            ReusingExecutioner.install();
        }
    }

    private Trainer() {
    }

    public static RecordedRun train(RunSpec spec) {
        return train(spec, Deviation.NONE);
    }

    /** Trains {@code spec} with a deliberate departure (a planted regression); never cached, since the spec does not say it. */
    public static RecordedRun train(RunSpec spec, Deviation deviation) {
        return train(spec, deviation, List.of());
    }

    /**
     * Trains {@code spec} with listeners that watch the network after each update (a study of the
     * weights along the run); they read and change nothing, so the run's numbers are those of
     * {@link #train(RunSpec)}.
     */
    public static RecordedRun train(RunSpec spec, Deviation deviation, List<TrainingListener> observers) {
        Dataset loaded = Datasets.load(spec.data());
        Dataset data = deviation.rounding().map(noise -> noise.perturb(loaded, spec.dataType())).orElse(loaded);
        long initSeed = spec.initSeed() != null ? spec.initSeed() : SeedSource.draw();
        long orderSeed = spec.orderSeed() != null ? spec.orderSeed() : SeedSource.draw();
        MultiLayerNetwork network = network(spec, data, initSeed, deviation.updater().apply(spec.updater()));
        deviation.rounding().ifPresent(noise -> {
            noise.perturb(network);
            network.addListeners(noise.gradientNoise());
        });
        observers.forEach(network::addListeners);
        DataSet everything = data.all(spec.dataType());
        try {
            return record(spec, deviation, data, everything, network, initSeed, orderSeed);
        } finally {
            free(everything);
            release(network);
        }
    }

    /** The epochs of a run, recorded step by step; {@code everything} is the whole data, for the whole-data loss. */
    private static RecordedRun record(RunSpec spec, Deviation deviation, Dataset data, DataSet everything, MultiLayerNetwork network,
                                      long initSeed, long orderSeed) {
        Recipe recipe = spec.recipe();

        int n = data.size();
        int batch = spec.minibatch(n);
        int totalSteps = spec.updates(n);
        var recorder = new RecordedRun.Builder(spec, initSeed, orderSeed, spec.epochs(), totalSteps);
        int[] probes = RecordedRun.probeSteps(totalSteps);
        int nextProbe = 0;

        Random order = new Random(orderSeed);
        int[] indices = new int[n];
        Arrays.setAll(indices, i -> i);
        boolean classes = data.task() == Dataset.Task.MULTICLASS;
        for (int epoch = 0; epoch < spec.epochs() && recorder.steps() < totalSteps; epoch++) {
            if (epoch == 0 || deviation.reshuffle()) {
                Shuffle.inPlace(indices, order);
            }
            network.setEpochCount(epoch);
            double weightedLoss = 0;
            int seen = 0;
            long epochNanos = 0;
            Double lr = network.getLearningRate(0);
            double learningRate = lr == null ? Double.NaN : lr;
            for (int from = 0; from < n && recorder.steps() < totalSteps; from += batch) {
                int to = Math.min(from + batch, n);
                DataSet minibatch = data.rows(indices, from, to, spec.dataType());
                // score() includes the L2 penalty of the parameters the step started from: the data loss is the rest
                double penalty = recipe.regularised() ? network.calcRegularizationScore(true) : 0;
                long start = System.nanoTime();
                network.fit(minibatch);
                long nanos = System.nanoTime() - start;
                double loss = network.score() - penalty;
                free(minibatch);
                epochNanos += nanos;
                recorder.step(loss, nanos);
                if (!Double.isFinite(loss)) {
                    return recorder.diverged(network);
                }
                if (nextProbe < probes.length && recorder.steps() == probes[nextProbe]) {
                    recorder.probe(dataLoss(network, everything, recipe));
                    nextProbe++;
                }
                weightedLoss += loss * (to - from);
                seen += to - from;
            }
            recorder.epoch(weightedLoss / seen, dataLoss(network, everything, recipe), epochNanos, learningRate,
                    classes ? accuracy(network, everything) : Double.NaN);
        }
        return recorder.finished(network);
    }

    /** The network a spec describes, initialised from the given seed. */
    public static MultiLayerNetwork network(RunSpec spec, Dataset data, long initSeed) {
        return network(spec, data, initSeed, spec.updater());
    }

    private static MultiLayerNetwork network(RunSpec spec, Dataset data, long initSeed, org.nd4j.linalg.learning.config.IUpdater updater) {
        return NetworkFactory.build(data.task(), data.inputs(), data.outputs(), spec.hidden(), Activation.fromString(spec.activation()),
                updater, initSeed, spec.dataType(), spec.recipe());
    }

    /**
     * Frees a data set's arrays once the network no longer reads them: a minibatch once its update
     * is done and its loss read, the whole data once the run is recorded. Left to the GC, a run's
     * minibatches pile up outside the heap.
     */
    static void free(DataSet data) {
        data.getFeatures().close();
        data.getLabels().close();
    }

    /**
     * Frees a trained network's parameters, gradients and updater state once its run is recorded
     * (copied to Java arrays). {@code MultiLayerNetwork.close()} frees them too, but then runs a full
     * GC. Left to the GC, a run's arrays outlive it: they have survived young collections by then,
     * and the old generation is collected seldom, so a recording's finished runs piled up outside
     * the heap (with the whole-data arrays, about 30 MB per MNIST run).
     */
    private static void release(MultiLayerNetwork network) {
        org.deeplearning4j.nn.api.Updater updater = network.getUpdater(false);
        java.util.stream.Stream.of(network.params(), network.getGradientsViewArray(), updater == null ? null : updater.getStateViewArray())
                .filter(array -> array != null && array.closeable()).forEach(INDArray::close);
    }

    /** The loss on {@code data} without the L2 penalty that DL4J's score adds. */
    static double dataLoss(MultiLayerNetwork network, DataSet data, Recipe recipe) {
        double score = network.score(data);
        return recipe.regularised() ? score - network.calcRegularizationScore(true) : score;
    }

    /** The fraction of rows whose most probable class is the labelled one. */
    public static double accuracy(MultiLayerNetwork network, DataSet data) {
        try (INDArray output = network.output(data.getFeatures()); INDArray predicted = output.argMax(1);
             INDArray actual = data.getLabels().argMax(1); INDArray same = predicted.eq(actual);
             INDArray counted = same.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)) {
            return counted.meanNumber().doubleValue();
        }
    }
}
