package org.claimcheck.run;

import java.util.Arrays;
import org.claimcheck.spec.RunSpec;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * What one training run produced. Curves are indexed from 0 (epoch 1 is index 0).
 *
 * @param epochLoss     Keras {@code History} loss: batch-size-weighted mean of the minibatch losses of each epoch
 * @param wholeDataLoss the loss of the whole data set after each epoch
 * @param stepLoss      the minibatch loss of every step (the loss before that step's update)
 * @param probeLoss     the whole-data loss after each of {@link #probeSteps(int)} steps reached
 * @param divergedAtStep the 1-based step whose loss was first non-finite, or null
 * @param epochLearningRate the learning rate of each epoch's first step
 * @param accuracy      the whole-data accuracy after each epoch (classes only; NaN otherwise)
 */
public record RecordedRun(RunSpec spec, long initSeed, long orderSeed, double[] epochLoss, double[] wholeDataLoss,
                          double[] stepLoss, long[] stepNanos, long[] epochNanos, double[] probeLoss,
                          double[] finalParameters, double[] firstLayerWeights, Integer divergedAtStep,
                          double[] epochLearningRate, double[] accuracy) {

    /** Arrays are copied in and out: a run is shared by every claim that reads it (RunCache), and none may change it for the others. */
    public RecordedRun {
        epochLoss = epochLoss.clone();
        wholeDataLoss = wholeDataLoss.clone();
        stepLoss = stepLoss.clone();
        probeLoss = probeLoss.clone();
        finalParameters = finalParameters.clone();
        firstLayerWeights = firstLayerWeights.clone();
        epochLearningRate = epochLearningRate.clone();
        accuracy = accuracy.clone();
        stepNanos = stepNanos.clone();
        epochNanos = epochNanos.clone();
    }

    @Override
    public double[] epochLoss() {
        return epochLoss.clone();
    }

    @Override
    public double[] wholeDataLoss() {
        return wholeDataLoss.clone();
    }

    @Override
    public double[] stepLoss() {
        return stepLoss.clone();
    }

    @Override
    public double[] probeLoss() {
        return probeLoss.clone();
    }

    @Override
    public double[] finalParameters() {
        return finalParameters.clone();
    }

    @Override
    public double[] firstLayerWeights() {
        return firstLayerWeights.clone();
    }

    @Override
    public double[] epochLearningRate() {
        return epochLearningRate.clone();
    }

    @Override
    public double[] accuracy() {
        return accuracy.clone();
    }

    @Override
    public long[] stepNanos() {
        return stepNanos.clone();
    }

    @Override
    public long[] epochNanos() {
        return epochNanos.clone();
    }

    public double finalAccuracy() {
        return accuracy.length == 0 ? Double.NaN : accuracy[accuracy.length - 1];
    }

    public double finalWholeDataLoss() {
        return wholeDataLoss.length == 0 ? Double.NaN : wholeDataLoss[wholeDataLoss.length - 1];
    }

    /** 1, 2, 5, 10, 20, 50, … up to {@code totalSteps}: where the whole-data loss is also measured. */
    public static int[] probeSteps(int totalSteps) {
        java.util.List<Integer> steps = new java.util.ArrayList<>();
        for (long decade = 1; decade <= totalSteps; decade *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                if (decade * m <= totalSteps) {
                    steps.add((int) (decade * m));
                }
            }
        }
        return steps.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The whole-data loss after exactly {@code step} updates, if that step is a probe step this run reached. */
    public java.util.OptionalDouble wholeDataLossAtStep(int step) {
        int index = java.util.Arrays.binarySearch(probeSteps(stepLoss.length), step);
        // a run that diverged on a probe step has no value there
        return index >= 0 && index < probeLoss.length ? java.util.OptionalDouble.of(probeLoss[index]) : java.util.OptionalDouble.empty();
    }

    public boolean diverged() {
        return divergedAtStep != null;
    }

    public int epochsCompleted() {
        return epochLoss.length;
    }

    /**
     * The first epoch (1-based) whose epoch loss is at or below {@code tau}; +∞ if none is, so
     * that a run that never gets there ranks behind every run that does.
     */
    public double epochsToReach(double tau) {
        for (int i = 0; i < epochLoss.length; i++) {
            if (epochLoss[i] <= tau) {
                return i + 1;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The epoch loss of epoch 1; NaN when the run diverged before it completed one epoch. */
    public double firstEpochLoss() {
        return epochLoss.length == 0 ? Double.NaN : epochLoss[0];
    }

    /** The epoch loss of the last completed epoch; NaN when the run diverged before it completed one epoch. */
    public double finalEpochLoss() {
        return epochLoss.length == 0 ? Double.NaN : epochLoss[epochLoss.length - 1];
    }

    public double trainingSeconds() {
        return Arrays.stream(epochNanos).sum() / 1e9;
    }

    /** Collects a run step by step while {@code Trainer} trains it. */
    public static final class Builder {
        private final RunSpec spec;
        private final long initSeed;
        private final long orderSeed;
        private final double[] epochLoss;
        private final double[] wholeDataLoss;
        private final long[] epochNanos;
        private final double[] epochLearningRate;
        private final double[] accuracy;
        private final double[] stepLoss;
        private final long[] stepNanos;
        private final double[] probeLoss;
        private int epochs;
        private int steps;
        private int probes;

        public Builder(RunSpec spec, long initSeed, long orderSeed, int maxEpochs, int maxSteps) {
            this.spec = spec;
            this.initSeed = initSeed;
            this.orderSeed = orderSeed;
            this.epochLoss = new double[maxEpochs];
            this.wholeDataLoss = new double[maxEpochs];
            this.epochNanos = new long[maxEpochs];
            this.epochLearningRate = new double[maxEpochs];
            this.accuracy = new double[maxEpochs];
            this.stepLoss = new double[maxSteps];
            this.stepNanos = new long[maxSteps];
            this.probeLoss = new double[probeSteps(maxSteps).length];
        }

        public int steps() {
            return steps;
        }

        public void probe(double wholeLoss) {
            probeLoss[probes++] = wholeLoss;
        }

        public void step(double loss, long nanos) {
            stepLoss[steps] = loss;
            stepNanos[steps] = nanos;
            steps++;
        }

        public void epoch(double loss, double wholeLoss, long nanos, double learningRate, double wholeAccuracy) {
            epochLearningRate[epochs] = learningRate;
            accuracy[epochs] = wholeAccuracy;
            epochLoss[epochs] = loss;
            wholeDataLoss[epochs] = wholeLoss;
            epochNanos[epochs] = nanos;
            epochs++;
        }

        public RecordedRun finished(MultiLayerNetwork network) {
            return build(network, null);
        }

        public RecordedRun diverged(MultiLayerNetwork network) {
            return build(network, steps);
        }

        private RecordedRun build(MultiLayerNetwork network, Integer divergedAt) {
            return new RecordedRun(spec, initSeed, orderSeed, Arrays.copyOf(epochLoss, epochs),
                    Arrays.copyOf(wholeDataLoss, epochs), Arrays.copyOf(stepLoss, steps), Arrays.copyOf(stepNanos, steps),
                    Arrays.copyOf(epochNanos, epochs), Arrays.copyOf(probeLoss, probes), doubles(network.params()),
                    doubles(network.getLayer(0).getParam("W")), divergedAt, Arrays.copyOf(epochLearningRate, epochs),
                    Arrays.copyOf(accuracy, epochs));
        }

        private static double[] doubles(org.nd4j.linalg.api.ndarray.INDArray array) {
            return array.castTo(DataType.DOUBLE).dup().data().asDouble();
        }
    }
}
