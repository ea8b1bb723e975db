package org.claimcheck.model;

import java.util.Locale;
import org.claimcheck.model.Init;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * The parts of a run the later notebooks (NNBP, LAB4, LRF) vary beyond L12/L13's Keras setting.
 * The default recipe is L12/L13's, and adds nothing to a run's slug.
 *
 * @param initScale     every weight matrix multiplied by this after initialisation (NNBP's "badly scaled" init)
 * @param momentum      classical momentum for SGD, PyTorch's form (0 = plain SGD); other optimisers ignore it
 * @param schedule      the learning rate per step or epoch, or null for a fixed one
 * @param hiddenDecay   PyTorch weight decay (L2 added to the gradient, biases included) on the hidden layers
 * @param outputDecay   the same for the output layer: LAB4's second parameter group
 * @param maxSteps      stop after this many updates, even within an epoch (to match a lecture's step count), or null
 * @param halfMseNoBias LRF's linear models: no bias, cost = mean squared error / 2
 */
public record Recipe(Init init, double initScale, double momentum, ISchedule schedule, double hiddenDecay, double outputDecay,
                     Integer maxSteps, boolean halfMseNoBias) {

    public static final Recipe KERAS = new Recipe(Init.GLOROT_UNIFORM, 1, 0, null, 0, 0, null, false);

    public Recipe {
        if (initScale <= 0 || momentum < 0 || momentum >= 1 || hiddenDecay < 0 || outputDecay < 0) {
            throw new IllegalArgumentException("recipe out of range: initScale " + initScale + " (> 0), momentum " + momentum
                    + " (0 to < 1), weight decay " + hiddenDecay + "/" + outputDecay + " (>= 0)");
        }
        if (maxSteps != null && maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be positive, got " + maxSteps);
        }
    }

    public boolean regularised() {
        return hiddenDecay > 0 || outputDecay > 0;
    }

    /** Empty for the Keras recipe, so L12/L13 slugs (and their expected files) are unchanged. */
    public String slug() {
        StringBuilder s = new StringBuilder();
        if (init != Init.GLOROT_UNIFORM) {
            s.append("_init-").append(init.name().toLowerCase(Locale.ROOT));
        }
        if (initScale != 1) {
            s.append("x").append(initScale);
        }
        if (momentum != 0) {
            s.append("_mom").append(momentum);
        }
        if (schedule != null) {
            s.append("_sched-").append(schedule.toString().replaceAll("[^A-Za-z0-9.=-]+", "").replace("=", ""));
        }
        if (regularised()) {
            s.append("_wd").append(hiddenDecay).append(hiddenDecay == outputDecay ? "" : "-" + outputDecay);
        }
        if (maxSteps != null) {
            s.append("_steps").append(maxSteps);
        }
        if (halfMseNoBias) {
            s.append("_halfmse-nobias");
        }
        return s.toString();
    }

    public Recipe init(Init i, double scale) {
        return new Recipe(i, scale, momentum, schedule, hiddenDecay, outputDecay, maxSteps, halfMseNoBias);
    }

    public Recipe momentum(double m) {
        return new Recipe(init, initScale, m, schedule, hiddenDecay, outputDecay, maxSteps, halfMseNoBias);
    }

    public Recipe schedule(ISchedule s) {
        return new Recipe(init, initScale, momentum, s, hiddenDecay, outputDecay, maxSteps, halfMseNoBias);
    }

    public Recipe weightDecay(double hidden, double output) {
        return new Recipe(init, initScale, momentum, schedule, hidden, output, maxSteps, halfMseNoBias);
    }

    public Recipe maxSteps(Integer steps) {
        return new Recipe(init, initScale, momentum, schedule, hiddenDecay, outputDecay, steps, halfMseNoBias);
    }

    public Recipe asLrfLinearModel() {
        return new Recipe(init, initScale, momentum, schedule, hiddenDecay, outputDecay, maxSteps, true);
    }
}
