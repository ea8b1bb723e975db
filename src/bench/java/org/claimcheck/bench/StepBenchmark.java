package org.claimcheck.bench;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.claimcheck.data.Dataset;
import org.claimcheck.data.Datasets;
import org.claimcheck.data.Mnist;
import org.claimcheck.data.Shuffle;
import org.claimcheck.data.Synthetic;
import org.claimcheck.model.Optimizer;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.Trainer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one training step (DL4J's {@code fit} on one minibatch: forward, loss, backward,
 * update) of the nets the claims train, named as {@code ../shared/bench/torch_step_probe.py}
 * names them so that scripts/step-cost can put the two side by side. Sample mode: the median is
 * the 50th percentile JMH reports.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"})
public class StepBenchmark {

    @Param({"banknote_h6-6_sgd_b32", "banknote_h6-6_adam_b32", "banknote_h6-6_nadam_b32", "banknote_h6-6_adam_bfull",
            "banknote_h6-6-6-6-6_adam_bfull", "banknote_h100-100_adam_bfull", "circles_h4-2_sgd_b10", "mnist_h200-100_sgd_b100",
            "mnist_h200-100_rmsprop_b100"})
    public String net;

    private MultiLayerNetwork network;
    private DataSet[] minibatches;
    private int next;

    /** The run spec each name stands for: the claims' settings (lecture seeds, Keras or PyTorch defaults). */
    static RunSpec spec(String name) {
        return switch (name) {
            case "banknote_h6-6_sgd_b32" -> RunSpec.banknote(6, 6).optimizer(Optimizer.SGD).batch(32, 1);
            case "banknote_h6-6_adam_b32" -> RunSpec.banknote(6, 6).optimizer(Optimizer.ADAM).batch(32, 1);
            case "banknote_h6-6_nadam_b32" -> RunSpec.banknote(6, 6).optimizer(Optimizer.NADAM).batch(32, 1);
            case "banknote_h6-6_adam_bfull" -> RunSpec.banknote(6, 6).fullBatch(1);
            case "banknote_h6-6-6-6-6_adam_bfull" -> RunSpec.banknote(6, 6, 6, 6, 6).fullBatch(1);
            case "banknote_h100-100_adam_bfull" -> RunSpec.banknote(100, 100).fullBatch(1);
            case "circles_h4-2_sgd_b10" -> RunSpec.on(Synthetic.CIRCLES, 4, 2).optimizer(Optimizer.SGD).learningRate(0.03).batch(10, 1);
            case "mnist_h200-100_sgd_b100" -> RunSpec.torch(Mnist.TRAIN, Synthetic.NNBP_SEED, 200, 100).optimizer(Optimizer.SGD)
                    .learningRate(0.1).momentum(0.9).batch(100, 1);
            case "mnist_h200-100_rmsprop_b100" -> RunSpec.torch(Mnist.TRAIN, Synthetic.NNBP_SEED, 200, 100).optimizer(Optimizer.RMSPROP)
                    .batch(100, 1);
            default -> throw new IllegalArgumentException("no benchmark net named " + name);
        };
    }

    @Setup
    public void setUp() {
        RunSpec spec = spec(net);
        Dataset data = Datasets.load(spec.data());
        network = Trainer.network(spec, data, spec.initSeed());
        int n = data.size();
        int batch = spec.batchSize() == RunSpec.FULL_BATCH ? n : spec.batchSize();
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        Shuffle.inPlace(order, new Random(spec.orderSeed()));
        int count = Math.min(64, (n + batch - 1) / batch);
        minibatches = new DataSet[count];
        for (int b = 0; b < count; b++) {
            minibatches[b] = data.rows(order, b * batch, Math.min(n, (b + 1) * batch), spec.dataType());
        }
    }

    @Benchmark
    public double step() {
        network.fit(minibatches[next]);
        next = (next + 1) % minibatches.length;
        return network.score();
    }
}
