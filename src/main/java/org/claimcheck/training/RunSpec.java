package org.claimcheck.training;

import java.util.List;
import java.util.stream.Collectors;
import org.claimcheck.model.KerasDefaults;
import org.claimcheck.model.Optimizer;
import org.claimcheck.model.OptimizerSettings;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * One training run as a lecture describes it. Immutable; equal specs give equal runs, which is
 * why a seeded spec is trained once per JVM however many claims read it. A null seed means
 * "not fixed": a fresh seed is drawn at training time and recorded with the run.
 *
 * @param batchSize examples per step; {@link #FULL_BATCH} means the whole data set
 */
public record RunSpec(String data, List<Integer> hidden, String activation, Optimizer optimizer, KerasDefaults defaults,
                      Double learningRate, int batchSize, int epochs, Long initSeed, Long orderSeed, DataType dataType) {

    public static final int FULL_BATCH = -1;
    /** The lecture's seeds: tf.random.set_seed(666) for the weights, np.random.seed(1337) for the data order. */
    public static final long LECTURE_INIT_SEED = 666;
    public static final long LECTURE_ORDER_SEED = 1337;

    public RunSpec {
        hidden = List.copyOf(hidden);
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize != FULL_BATCH && batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive or FULL_BATCH, got " + batchSize);
        }
        if (Long.valueOf(0).equals(initSeed)) {
            throw new IllegalArgumentException("weight-initialisation seed 0 means 'no seed' to DL4J; use null for unseeded");
        }
    }

    /** A dense net on the named data set, otherwise like {@link #banknote}. */
    public static RunSpec on(String data, Integer... hidden) {
        return new RunSpec(data, List.of(hidden), "relu", Optimizer.ADAM, KerasDefaults.KERAS_2_3, null,
                FULL_BATCH, 1, LECTURE_INIT_SEED, LECTURE_ORDER_SEED, DataType.FLOAT);
    }

    /** The banknote model of L12/L13: hidden ReLU layers, Adam with Keras 2.3 defaults, the lecture's seeds, float32. */
    public static RunSpec banknote(Integer... hidden) {
        return on("banknote", hidden);
    }

    public RunSpec batch(int size, int epochCount) {
        return new RunSpec(data, hidden, activation, optimizer, defaults, learningRate, size, epochCount, initSeed, orderSeed, dataType);
    }

    public RunSpec fullBatch(int epochCount) {
        return batch(FULL_BATCH, epochCount);
    }

    public RunSpec optimizer(Optimizer o) {
        return new RunSpec(data, hidden, activation, o, defaults, learningRate, batchSize, epochs, initSeed, orderSeed, dataType);
    }

    public RunSpec learningRate(double lr) {
        return new RunSpec(data, hidden, activation, optimizer, defaults, lr, batchSize, epochs, initSeed, orderSeed, dataType);
    }

    public RunSpec seeds(Long init, Long order) {
        return new RunSpec(data, hidden, activation, optimizer, defaults, learningRate, batchSize, epochs, init, order, dataType);
    }

    public RunSpec unseeded() {
        return seeds(null, null);
    }

    public boolean fullySeeded() {
        return initSeed != null && orderSeed != null;
    }

    public OptimizerSettings optimizerSettings() {
        OptimizerSettings settings = defaults.of(optimizer);
        return learningRate == null ? settings : settings.withLearningRate(learningRate);
    }

    /** A file-name-safe summary, e.g. {@code banknote_h6-6_relu_adam-0.001_b32_e100_s666-1337_FLOAT}. */
    public String slug() {
        String layers = hidden.stream().map(String::valueOf).collect(Collectors.joining("-"));
        String batch = batchSize == FULL_BATCH ? "full" : String.valueOf(batchSize);
        return data + "_h" + layers + "_" + activation + "_" + optimizer + "-" + optimizerSettings().learningRate()
                + "_b" + batch + "_e" + epochs + "_s" + seedText(initSeed) + "-" + seedText(orderSeed) + "_" + dataType;
    }

    private static String seedText(Long seed) {
        return seed == null ? "unseeded" : seed.toString();
    }

    @Override
    public String toString() {
        return slug();
    }
}
