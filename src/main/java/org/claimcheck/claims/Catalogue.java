package org.claimcheck.claims;

import static org.claimcheck.claims.Claim.L12;
import static org.claimcheck.claims.Claim.L13;

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
}
