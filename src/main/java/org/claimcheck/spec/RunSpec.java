package org.claimcheck.spec;

import java.util.List;
import java.util.stream.Collectors;
import org.claimcheck.model.ClassicalMomentum;
import org.claimcheck.model.Init;
import org.claimcheck.model.KerasDefaults;
import org.claimcheck.model.Optimizer;
import org.claimcheck.model.OptimizerSettings;
import org.claimcheck.model.Recipe;
import org.claimcheck.model.Updaters;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * One training run as a lecture describes it. Immutable; equal specs give equal runs, which is
 * why a seeded spec is trained once per JVM however many claims read it. A null seed means
 * "not fixed": a fresh seed is drawn at training time and recorded with the run.
 *
 * @param batchSize examples per step; {@link #FULL_BATCH} means the whole data set
 */
public record RunSpec(String data, List<Integer> hidden, String activation, Optimizer optimizer, KerasDefaults defaults,
                      Double learningRate, int batchSize, int epochs, Long initSeed, Long orderSeed, DataType dataType,
                      Recipe recipe) {

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
    /** A dense net on the named data set, otherwise like {@link #banknote}. */
    public static RunSpec on(String data, Integer... hidden) {
        return new RunSpec(data, List.of(hidden), "relu", Optimizer.ADAM, KerasDefaults.KERAS_2_3, null,
                FULL_BATCH, 1, LECTURE_INIT_SEED, LECTURE_ORDER_SEED, DataType.FLOAT, Recipe.KERAS);
    }

    /** The banknote model of L12/L13: hidden ReLU layers, Adam with Keras 2.3 defaults, the lecture's seeds, float32. */
    public static RunSpec banknote(Integer... hidden) {
        return on("banknote", hidden);
    }

    /** A PyTorch notebook's net (NNBP, LAB4): torch.optim defaults, nn.Linear's initialisation, the given seed for both generators. */
    public static RunSpec torch(String data, long seed, Integer... hidden) {
        return on(data, hidden).defaults(KerasDefaults.TORCH).init(Init.TORCH_DEFAULT).seeds(seed, seed);
    }

    public RunSpec batch(int size, int epochCount) {
        return new RunSpec(data, hidden, activation, optimizer, defaults, learningRate, size, epochCount, initSeed, orderSeed, dataType, recipe);
    }

    public RunSpec fullBatch(int epochCount) {
        return batch(FULL_BATCH, epochCount);
    }

    public RunSpec optimizer(Optimizer o) {
        return new RunSpec(data, hidden, activation, o, defaults, learningRate, batchSize, epochs, initSeed, orderSeed, dataType, recipe);
    }

    public RunSpec defaults(KerasDefaults d) {
        return new RunSpec(data, hidden, activation, optimizer, d, learningRate, batchSize, epochs, initSeed, orderSeed, dataType, recipe);
    }

    public RunSpec learningRate(double lr) {
        return new RunSpec(data, hidden, activation, optimizer, defaults, lr, batchSize, epochs, initSeed, orderSeed, dataType, recipe);
    }

    public RunSpec activation(String a) {
        return new RunSpec(data, hidden, a, optimizer, defaults, learningRate, batchSize, epochs, initSeed, orderSeed, dataType, recipe);
    }

    private RunSpec withoutHiddenLayers() {
        return new RunSpec(data, List.of(), activation, optimizer, defaults, learningRate, batchSize, epochs, initSeed, orderSeed,
                dataType, recipe);
    }

    public RunSpec seeds(Long init, Long order) {
        return new RunSpec(data, hidden, activation, optimizer, defaults, learningRate, batchSize, epochs, init, order, dataType, recipe);
    }

    /** Seed pair k of a band or a robustness record: k added to both seeds (k = 0 is this spec). */
    public RunSpec seedsShiftedBy(int k) {
        if (!fullySeeded()) {
            throw new IllegalStateException(slug() + " has no fixed seeds to shift");
        }
        return seeds(initSeed + k, orderSeed + k);
    }

    public RunSpec unseeded() {
        return seeds(null, null);
    }

    private RunSpec recipe(Recipe r) {
        return new RunSpec(data, hidden, activation, optimizer, defaults, learningRate, batchSize, epochs, initSeed, orderSeed, dataType, r);
    }

    public RunSpec init(Init init) {
        return recipe(recipe.init(init, recipe.initScale()));
    }

    /** The initialisation with every weight matrix multiplied by {@code scale}: a badly scaled one. */
    public RunSpec init(Init init, double scale) {
        return recipe(recipe.init(init, scale));
    }

    public RunSpec momentum(double momentum) {
        return recipe(recipe.momentum(momentum));
    }

    public RunSpec schedule(ISchedule schedule) {
        return recipe(recipe.schedule(schedule));
    }

    public RunSpec weightDecay(double decay) {
        return recipe(recipe.weightDecay(decay, decay));
    }

    /** LAB4's two parameter groups: one decay for the hidden layers, another for the output layer. */
    public RunSpec weightDecay(double hidden, double output) {
        return recipe(recipe.weightDecay(hidden, output));
    }

    public RunSpec maxSteps(int steps) {
        return recipe(recipe.maxSteps(steps));
    }

    /** LRF's linear model: no hidden layer, no bias, cost = MSE / 2, started from its init guess. */
    public RunSpec lrfLinearModel() {
        return recipe(recipe.asLrfLinearModel().init(Init.LRF_GUESS, 1)).withoutHiddenLayers();
    }

    /** Examples per minibatch on a data set of {@code examples} rows. */
    public int minibatch(int examples) {
        return batchSize == FULL_BATCH ? examples : Math.min(batchSize, examples);
    }

    /** The updates this spec trains on {@code examples} rows: its epochs of minibatches, or its recipe's maxSteps where set. */
    public int updates(int examples) {
        int batch = minibatch(examples);
        int all = (examples + batch - 1) / batch * epochs;
        Integer max = recipe.maxSteps();
        if (max == null) {
            return all;
        }
        if (max > all) {
            throw new IllegalArgumentException(slug() + ": maxSteps " + max + " exceeds the " + all + " steps of " + epochs
                    + " epochs; raise the epochs");
        }
        return max;
    }

    public boolean fullySeeded() {
        return initSeed != null && orderSeed != null;
    }

    public OptimizerSettings optimizerSettings() {
        OptimizerSettings settings = defaults.of(optimizer);
        return learningRate == null ? settings : settings.withLearningRate(learningRate);
    }

    /** The ND4J updater for this run: SGD with momentum is classical momentum; a schedule replaces the fixed lr. */
    public IUpdater updater() {
        OptimizerSettings settings = optimizerSettings();
        if (optimizer == Optimizer.SGD && recipe.momentum() > 0) {
            return recipe.schedule() == null
                    ? new ClassicalMomentum(settings.learningRate(), recipe.momentum(), ClassicalMomentum.Form.TORCH)
                    : new ClassicalMomentum(recipe.schedule(), recipe.momentum(), ClassicalMomentum.Form.TORCH);
        }
        IUpdater updater = Updaters.of(settings);
        if (recipe.schedule() != null) {
            updater.setLrAndSchedule(Double.NaN, recipe.schedule());
        }
        return updater;
    }

    /** A file-name-safe summary, e.g. {@code banknote_h6-6_relu_adam-0.001_b32_e100_s666-1337_FLOAT}. */
    public String slug() {
        String layers = hidden.stream().map(String::valueOf).collect(Collectors.joining("-"));
        String batch = batchSize == FULL_BATCH ? "full" : String.valueOf(batchSize);
        return data + "_h" + layers + "_" + activation + "_" + optimizer + "-" + optimizerSettings().learningRate()
                + "_b" + batch + "_e" + epochs + "_s" + seedText(initSeed) + "-" + seedText(orderSeed) + "_" + dataType
                + (defaults == KerasDefaults.KERAS_2_3 ? "" : "_" + defaults.name().toLowerCase(java.util.Locale.ROOT)) + recipe.slug();
    }

    private static String seedText(Long seed) {
        return seed == null ? "unseeded" : seed.toString();
    }

    @Override
    public String toString() {
        return slug();
    }
}
