package org.claimcheck.model;

import java.util.List;
import org.claimcheck.data.Dataset;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The lectures' dense networks as Keras builds them: Glorot-uniform weights, zero biases, and an
 * output layer that fits the task (sigmoid with binary cross-entropy for 0/1 labels, identity
 * with mean squared error for regression).
 */
public final class NetworkFactory {
    private NetworkFactory() {
    }

    /**
     * @param initSeed the weight-initialisation seed; never 0, which DL4J reads as "no seed"
     */
    public static MultiLayerNetwork binaryClassifier(int inputs, List<Integer> hidden, Activation activation,
                                                     IUpdater updater, long initSeed, DataType dataType) {
        return build(Dataset.Task.BINARY, inputs, hidden, activation, updater, initSeed, dataType);
    }

    public static MultiLayerNetwork build(Dataset.Task task, int inputs, List<Integer> hidden, Activation activation,
                                          IUpdater updater, long initSeed, DataType dataType) {
        if (initSeed == 0) {
            throw new IllegalArgumentException("seed 0 means 'no seed' to DL4J; use another weight-initialisation seed");
        }
        var layers = new NeuralNetConfiguration.Builder()
                .seed(initSeed)
                .dataType(dataType)
                .updater(updater)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .biasInit(0.0)
                .list();
        int fanIn = inputs;
        for (int units : hidden) {
            layers.layer(new DenseLayer.Builder().nIn(fanIn).nOut(units).activation(activation).build());
            fanIn = units;
        }
        layers.layer(task == Dataset.Task.BINARY
                ? new OutputLayer.Builder(LossFunction.XENT).nIn(fanIn).nOut(1).activation(Activation.SIGMOID).build()
                : new OutputLayer.Builder(LossFunction.MSE).nIn(fanIn).nOut(1).activation(Activation.IDENTITY).build());
        MultiLayerNetwork network = new MultiLayerNetwork(layers.build());
        network.init();
        return network;
    }

    /** Trainable parameters of a dense net with these layer widths (weights and biases). */
    public static long parameterCount(int inputs, List<Integer> hidden, int outputs) {
        long count = 0;
        int fanIn = inputs;
        for (int units : hidden) {
            count += (long) fanIn * units + units;
            fanIn = units;
        }
        return count + (long) fanIn * outputs + outputs;
    }
}
