package org.claimcheck.model;

import java.util.List;
import java.util.Random;
import org.claimcheck.data.Dataset;
import org.claimcheck.model.Recipe;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The lectures' dense networks: an output layer that fits the task (sigmoid with binary
 * cross-entropy for 0/1 labels, softmax with cross-entropy for classes, identity with mean
 * squared error for regression), weights initialised as the lecture's framework does.
 */
public final class NetworkFactory {
    private NetworkFactory() {
    }

    /** L12/L13's Keras net: Glorot-uniform weights, zero biases. */
    public static MultiLayerNetwork binaryClassifier(int inputs, List<Integer> hidden, Activation activation,
                                                     IUpdater updater, long initSeed, DataType dataType) {
        return build(Dataset.Task.BINARY, inputs, 1, hidden, activation, updater, initSeed, dataType, Recipe.KERAS);
    }

    /**
     * @param initSeed the weight-initialisation seed; never 0, which DL4J reads as "no seed"
     */
    public static MultiLayerNetwork build(Dataset.Task task, int inputs, int outputs, List<Integer> hidden, Activation activation,
                                          IUpdater updater, long initSeed, DataType dataType, Recipe recipe) {
        if (initSeed == 0) {
            throw new IllegalArgumentException("seed 0 means 'no seed' to DL4J; use another weight-initialisation seed");
        }
        var layers = new NeuralNetConfiguration.Builder()
                .seed(initSeed)
                .dataType(dataType)
                .updater(updater)
                .weightInit(switch (recipe.init()) {
                    case HE_NORMAL -> WeightInit.RELU;
                    case GLOROT_NORMAL -> WeightInit.XAVIER;
                    default -> WeightInit.XAVIER_UNIFORM;
                })
                .biasInit(0.0)
                .list();
        int fanIn = inputs;
        for (int units : hidden) {
            layers.layer(decayed(new DenseLayer.Builder().nIn(fanIn).nOut(units).activation(activation), recipe.hiddenDecay()).build());
            fanIn = units;
        }
        layers.layer(decayed(outputLayer(task, recipe).nIn(fanIn).nOut(outputs), recipe.outputDecay()).build());
        MultiLayerNetwork network = new MultiLayerNetwork(layers.build());
        network.init();
        reinitialise(network, recipe, initSeed);
        return network;
    }

    private static OutputLayer.Builder outputLayer(Dataset.Task task, Recipe recipe) {
        if (recipe.halfMseNoBias()) {
            return new OutputLayer.Builder((ILossFunction) new HalfMse()).activation(Activation.IDENTITY).hasBias(false);
        }
        return switch (task) {
            case BINARY -> new OutputLayer.Builder(LossFunction.XENT).activation(Activation.SIGMOID);
            case MULTICLASS -> new OutputLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX);
            case REGRESSION -> new OutputLayer.Builder(LossFunction.MSE).activation(Activation.IDENTITY);
        };
    }

    /** PyTorch's weight_decay: wd·Θ added to the gradient before the optimiser, on weights and biases alike. */
    private static <T extends BaseLayer.Builder<T>> T decayed(T layer, double decay) {
        return decay == 0 ? layer : layer.l2(decay).l2Bias(decay);
    }

    /** Initialisations DL4J has no name for are drawn from a generator seeded with the run's init seed. */
    private static void reinitialise(MultiLayerNetwork network, Recipe recipe, long initSeed) {
        Random random = new Random(initSeed);
        for (int i = 0; i < network.getnLayers(); i++) {
            var layer = network.getLayer(i);
            INDArray w = layer.getParam("W");
            INDArray b = layer.paramTable().get("b");
            long fanIn = w.size(0);
            switch (recipe.init()) {
                case TORCH_DEFAULT -> {
                    double bound = 1 / Math.sqrt(fanIn);
                    fill(w, random, -bound, bound);
                    if (b != null) {
                        fill(b, random, -bound, bound);
                    }
                }
                case PLAYGROUND -> {
                    fill(w, random, -0.5, 0.5);
                    if (b != null) {
                        b.assign(0.1);
                    }
                }
                case LRF_GUESS -> {
                    if (w.length() != 2 || b != null) {
                        throw new IllegalArgumentException("LRF's init guess [1.0, 0.5] is for a two-weight linear model without bias");
                    }
                    w.assign(Nd4j.createFromArray(new double[][] {{1.0}, {0.5}}).castTo(w.dataType()));
                }
                default -> {
                }
            }
            if (recipe.initScale() != 1) {
                w.muli(recipe.initScale());
            }
        }
    }

    private static void fill(INDArray array, Random random, double from, double to) {
        double[] values = new double[(int) array.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + (to - from) * random.nextDouble();
        }
        array.assign(Nd4j.createFromArray(values).reshape(array.shape()).castTo(array.dataType()));
    }
}
