package org.claimcheck.claims;

import static org.claimcheck.claims.Claim.L12;
import static org.claimcheck.claims.Claim.L13;
import static org.claimcheck.claims.Claim.LAB4;
import static org.claimcheck.claims.Claim.LRF;
import static org.claimcheck.claims.Claim.NNBP;

/** The rows of CLAIMS.md that have tests, by id. */
public final class Catalogue {
    private Catalogue() {
    }

    public static final Claim L12_PARAMS = new Claim("L12-PARAMS", L12, "Model size",
            "the lecture's models have 79, 10 701 and 205 parameters");
    public static final Claim L12_UNSEEDED = new Claim("L12-UNSEEDED", L12, "Reproducibility",
            "two trainings without fixed seeds give different weights");
    public static final Claim L12_PARTIAL_SEED = new Claim("L12-PARTIAL-SEED", L12, "Reproducibility",
            "fixing one source of randomness is not enough");
    public static final Claim L12_SEEDED = new Claim("L12-SEEDED", L12, "Reproducibility",
            "fixing every seed reproduces the weights");
    public static final Claim L12_SPEED = new Claim("L12-SPEED", L12, "Training speed",
            "deeper nets train slower: layers cost more time than cells");
    public static final Claim L13_BATCH_EPOCHS = new Claim("L13-BATCH-EPOCHS", L13, "Batch size",
            "smaller batches converge in fewer epochs");
    public static final Claim L13_BATCH_START = new Claim("L13-BATCH-START", L13, "Batch size",
            "the smaller the batch, the lower the first-epoch loss");
    public static final Claim L13_BATCH_FINAL = new Claim("L13-BATCH-FINAL", L13, "Batch size",
            "all batch sizes end at about the same loss");
    public static final Claim L13_BATCH_NOISE = new Claim("L13-BATCH-NOISE", L13, "Batch size",
            "per-step loss is bouncy for batch 1 and smooth for full batch");
    public static final Claim L13_BATCH_STEP_EFFICIENCY = new Claim("L13-BATCH-STEP-EFFICIENCY", L13, "Batch size",
            "per step, full-batch gradient descent is the most efficient");
    public static final Claim L13_BATCH_TIME = new Claim("L13-BATCH-TIME", L13, "Batch size",
            "the fastest batch size in wall-clock time is neither 1 nor 1372 (128 in the lecture)");
    public static final Claim L13_LR = new Claim("L13-LR", L13, "Learning rate",
            "0.001 is too slow, 10 fails to find the minimum, 1 minimises fastest");
    public static final Claim L13_OPT_NOISE = new Claim("L13-OPT-NOISE", L13, "Optimisers",
            "adaptive methods make the late per-step loss less noisy");
    public static final Claim L13_OPT_TIME = new Claim("L13-OPT-TIME", L13, "Optimisers",
            "Nadam is the slowest calculation per update");
    public static final Claim L12_FIT = new Claim("L12-FIT", L12, "Training",
            "full-batch Adam training decreases the loss and converges");
    public static final Claim L12_REGRESSOR = new Claim("L12-REGRESSOR", L12, "Training",
            "a 1-hidden-layer regressor with MSE and full-batch Adam needs many epochs to converge");
    public static final Claim L13_OPT = new Claim("L13-OPT", L13, "Optimisers",
            "Nadam beats SGD: SGD far behind (not converged by epoch 100), Nadam leads, Adam near the top");

    public static final Claim NNBP_LR_DIVERGE = new Claim("NNBP-LR-DIVERGE", NNBP, "Learning rate",
            "learning rates 100, 10 and 1 blow the loss up beyond recovery");
    public static final Claim NNBP_LR_SATURATE = new Claim("NNBP-LR-SATURATE", NNBP, "Learning rate",
            "lr 0.2 \"converges\" to a bad loss because of sigmoid saturation");
    public static final Claim NNBP_LR_SMALL = new Claim("NNBP-LR-SMALL", NNBP, "Learning rate",
            "lr 0.001 minimises the loss a lot");
    public static final Claim NNBP_WD = new Claim("NNBP-WD", NNBP, "Regularisation",
            "weight decay 10 and 1 underfit (near chance); 0.1 learns");
    public static final Claim NNBP_INIT = new Claim("NNBP-INIT", NNBP, "Initialisation",
            "He init suits ReLU, Glorot suits tanh; a bad initialisation acts like a bad learning rate");
    public static final Claim NNBP_ACTIVATION = new Claim("NNBP-ACTIVATION", NNBP, "Activation",
            "sigmoid trains far slower than ReLU and tanh at lr 0.03; a higher lr (0.3) speeds sigmoid up");
    public static final Claim NNBP_DEPTH = new Claim("NNBP-DEPTH", NNBP, "Depth",
            "a deeper narrow net (6 hidden layers of 2 units) is harder to train than the shallow one");
    public static final Claim NNBP_ADAM_EARLY = new Claim("NNBP-ADAM-EARLY", NNBP, "Optimisers",
            "Adam converges faster than SGD at the beginning");
    public static final Claim NNBP_STEP_DROP = new Claim("NNBP-STEP-DROP", NNBP, "Schedules",
            "each learning-rate reduction is followed by a drop in the loss");
    public static final Claim LAB4_MOMENTUM = new Claim("LAB4-MOMENTUM", LAB4, "Optimisers",
            "SGD with momentum trains well and beats plain SGD");
    public static final Claim LAB4_RMSPROP = new Claim("LAB4-RMSPROP", LAB4, "Optimisers",
            "RMSprop with default settings does worse than SGD + momentum here");
    public static final Claim LAB4_MULTISTEP = new Claim("LAB4-MULTISTEP", LAB4, "Schedules",
            "a multi-step schedule divides the lr by 10 before epochs 7 and 12");
    public static final Claim LAB4_SCHEDULES = new Claim("LAB4-SCHEDULES", LAB4, "Schedules",
            "exponential, cosine, triangular, linear warm-up and cyclical schedules follow their formulas");
    public static final Claim LAB4_CUSTOM_OPT = new Claim("LAB4-CUSTOM-OPT", LAB4, "Optimisers",
            "a hand-written SGD with momentum (M ← γM + η∇, Θ ← Θ − M) trains exactly like classical momentum");
    public static final Claim LAB4_PARAM_GROUPS = new Claim("LAB4-PARAM-GROUPS", LAB4, "Regularisation",
            "different weight decay per group of layers");
    public static final Claim LRF_RANGE = new Claim("LRF-RANGE", LRF, "Learning-rate finder",
            "an lr range test: the smoothed loss falls then explodes, the run stops by the rule, the weights are restored");
    public static final Claim LRF_SCHED = new Claim("LRF-SCHED", LRF, "Learning-rate finder",
            "lr(it) = lr0 · 10^(it / k)");
    public static final Claim LRF_LINREG = new Claim("LRF-LINREG", LRF, "Learning-rate finder",
            "mini-batch gradient descent recovers a line");
    public static final Claim LRF_TUNED = new Claim("LRF-TUNED", LRF, "Learning-rate finder",
            "a tuned lr (0.2) reaches a lower cost than a manual one (0.01)");
}
