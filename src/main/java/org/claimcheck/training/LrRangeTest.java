package org.claimcheck.training;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The learning-rate range test of the LRF notebook, as a DL4J listener: the lr grows
 * geometrically from {@code minLr} to {@code maxLr}, one value per minibatch; the loss is smoothed
 * with an exponential moving average (factor {@code momentum}, 0.9); the test stops as soon as the
 * smoothed loss exceeds {@code stopMultiplier} × the best smoothed loss, with the notebook's
 * stop_multiplier = −20·momentum/3 + 10 (4 for 0.9). {@link #run} restores the weights, the
 * updater state and the counters afterwards, so the test leaves the network as it found it.
 *
 * <p>The suggested lr is the one at the lowest smoothed loss divided by 10 (fastai's "minimum / 10"
 * rule): the loss is still falling steeply there, and well before the explosion.
 */
public final class LrRangeTest extends BaseTrainingListener {
    private final double minLr;
    private final double maxLr;
    private final int steps;
    private final double momentum;
    private final double stopMultiplier;
    private final List<Double> learningRates = new ArrayList<>();
    private final List<Double> losses = new ArrayList<>();
    private final List<Double> smoothed = new ArrayList<>();
    private double best = Double.POSITIVE_INFINITY;
    private boolean stopped;

    /** What the range test saw, step by step. */
    public record Result(List<Double> learningRates, List<Double> losses, List<Double> smoothedLosses, double stopMultiplier,
                         boolean stoppedByRule, int bestStep, double suggestedLr) {
        public int steps() {
            return losses.size();
        }
    }

    public LrRangeTest(double minLr, double maxLr, int steps, double momentum) {
        if (!(minLr > 0 && maxLr > minLr && steps > 1 && momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("range test needs 0 < minLr < maxLr, steps > 1 and 0 <= momentum < 1");
        }
        this.minLr = minLr;
        this.maxLr = maxLr;
        this.steps = steps;
        this.momentum = momentum;
        this.stopMultiplier = stopMultiplier(momentum);
    }

    /** The notebook's default: −20·momentum/3 + 10. */
    public static double stopMultiplier(double momentum) {
        return -20 * momentum / 3 + 10;
    }

    /** The lr of minibatch i (from 0): minLr · (maxLr/minLr)^(i/(steps−1)). */
    public double learningRateAt(int i) {
        return minLr * Math.pow(maxLr / minLr, (double) i / (steps - 1));
    }

    /** Runs the test over the minibatches (at most {@code steps}), then puts the network back as it was. */
    public Result run(MultiLayerNetwork network, List<DataSet> minibatches) {
        INDArray params = network.params().dup();
        INDArray updaterState = network.getUpdater(true).getStateViewArray();
        INDArray savedState = updaterState == null ? null : updaterState.dup();
        int iterations = network.getIterationCount();
        int epochs = network.getEpochCount();
        Double lr = network.getLearningRate(0);
        network.addListeners(this);
        try {
            network.setLearningRate(learningRateAt(0));
            for (int i = 0; i < Math.min(steps, minibatches.size()) && !stopped; i++) {
                network.fit(minibatches.get(i));
            }
        } finally {
            network.getListeners().remove(this);
            network.setParams(params);
            if (savedState != null) {
                network.getUpdater(true).getStateViewArray().assign(savedState);
            }
            network.setIterationCount(iterations);
            network.setEpochCount(epochs);
            if (lr != null) {
                network.setLearningRate(lr);
            }
        }
        int bestStep = 0;
        for (int i = 1; i < smoothed.size(); i++) {
            if (smoothed.get(i) < smoothed.get(bestStep)) {
                bestStep = i;
            }
        }
        return new Result(List.copyOf(learningRates), List.copyOf(losses), List.copyOf(smoothed), stopMultiplier, stopped,
                bestStep, learningRates.get(bestStep) / 10);
    }

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        int i = losses.size();
        double loss = model.score();
        double ema = i == 0 ? loss : smoothed.get(i - 1) * momentum + loss * (1 - momentum);
        learningRates.add(learningRateAt(i));
        losses.add(loss);
        smoothed.add(ema);
        best = Math.min(best, ema);
        if (!(ema <= best * stopMultiplier)) {
            stopped = true;
        } else if (i + 1 < steps) {
            ((MultiLayerNetwork) model).setLearningRate(learningRateAt(i + 1));
        }
    }
}
