package org.claimcheck.claims;

/** The rows of CLAIMS.md that have tests, by id. A claim test names its row: {@code @ClaimTest(L13_OPT)}. */
public enum Catalogue {
    L12_PARAMS("L12-PARAMS", Claim.L12, "Model size",
            "the lecture's models have 79, 10 701 and 205 parameters"),
    L12_UNSEEDED("L12-UNSEEDED", Claim.L12, "Reproducibility",
            "two trainings without fixed seeds give different weights"),
    L12_PARTIAL_SEED("L12-PARTIAL-SEED", Claim.L12, "Reproducibility",
            "fixing one source of randomness is not enough"),
    L12_SEEDED("L12-SEEDED", Claim.L12, "Reproducibility",
            "fixing every seed reproduces the weights"),
    L12_SPEED("L12-SPEED", Claim.L12, "Training speed",
            "deeper nets train slower: layers cost more time than cells"),
    L13_BATCH_EPOCHS("L13-BATCH-EPOCHS", Claim.L13, "Batch size",
            "smaller batches converge in fewer epochs"),
    L13_BATCH_START("L13-BATCH-START", Claim.L13, "Batch size",
            "the smaller the batch, the lower the first-epoch loss"),
    L13_BATCH_FINAL("L13-BATCH-FINAL", Claim.L13, "Batch size",
            "all batch sizes end at about the same loss"),
    L13_BATCH_NOISE("L13-BATCH-NOISE", Claim.L13, "Batch size",
            "per-step loss is bouncy for batch 1 and smooth for full batch"),
    L13_BATCH_STEP_EFFICIENCY("L13-BATCH-STEP-EFFICIENCY", Claim.L13, "Batch size",
            "per step, full-batch gradient descent is the most efficient"),
    L13_BATCH_TIME("L13-BATCH-TIME", Claim.L13, "Batch size",
            "the fastest batch size in wall-clock time is neither 1 nor 1372 (128 in the lecture)"),
    L13_LR("L13-LR", Claim.L13, "Learning rate",
            "0.001 is too slow, 10 fails to find the minimum, 1 minimises fastest"),
    L13_OPT_NOISE("L13-OPT-NOISE", Claim.L13, "Optimisers",
            "adaptive methods make the late per-step loss less noisy"),
    L13_OPT_TIME("L13-OPT-TIME", Claim.L13, "Optimisers",
            "Nadam is the slowest calculation per update"),
    L12_FIT("L12-FIT", Claim.L12, "Training",
            "full-batch Adam training decreases the loss and converges"),
    L12_REGRESSOR("L12-REGRESSOR", Claim.L12, "Training",
            "a 1-hidden-layer regressor with MSE and full-batch Adam needs many epochs to converge"),
    L13_OPT("L13-OPT", Claim.L13, "Optimisers",
            "Nadam beats SGD: SGD far behind (not converged by epoch 100), Nadam leads, Adam near the top"),
    NNBP_LR_DIVERGE("NNBP-LR-DIVERGE", Claim.NNBP, "Learning rate",
            "learning rates 100, 10 and 1 blow the loss up beyond recovery"),
    NNBP_LR_SATURATE("NNBP-LR-SATURATE", Claim.NNBP, "Learning rate",
            "lr 0.2 \"converges\" to a bad loss because of sigmoid saturation"),
    NNBP_LR_SMALL("NNBP-LR-SMALL", Claim.NNBP, "Learning rate",
            "lr 0.001 minimises the loss a lot"),
    NNBP_WD("NNBP-WD", Claim.NNBP, "Regularisation",
            "weight decay 10 and 1 underfit (near chance); 0.1 learns"),
    NNBP_INIT("NNBP-INIT", Claim.NNBP, "Initialisation",
            "He init suits ReLU, Glorot suits tanh; a bad initialisation acts like a bad learning rate"),
    NNBP_ACTIVATION("NNBP-ACTIVATION", Claim.NNBP, "Activation",
            "sigmoid trains far slower than ReLU and tanh at lr 0.03; a higher lr (0.3) speeds sigmoid up"),
    NNBP_DEPTH("NNBP-DEPTH", Claim.NNBP, "Depth",
            "a deeper narrow net (6 hidden layers of 2 units) is harder to train than the shallow one"),
    NNBP_ADAM_EARLY("NNBP-ADAM-EARLY", Claim.NNBP, "Optimisers",
            "Adam converges faster than SGD at the beginning"),
    NNBP_STEP_DROP("NNBP-STEP-DROP", Claim.NNBP, "Schedules",
            "each learning-rate reduction is followed by a drop in the loss"),
    LAB4_MOMENTUM("LAB4-MOMENTUM", Claim.LAB4, "Optimisers",
            "SGD with momentum trains well and beats plain SGD"),
    LAB4_RMSPROP("LAB4-RMSPROP", Claim.LAB4, "Optimisers",
            "RMSprop with default settings does worse than SGD + momentum here"),
    LAB4_MULTISTEP("LAB4-MULTISTEP", Claim.LAB4, "Schedules",
            "a multi-step schedule divides the lr by 10 before epochs 7 and 12"),
    LAB4_SCHEDULES("LAB4-SCHEDULES", Claim.LAB4, "Schedules",
            "exponential, cosine, triangular, linear warm-up and cyclical schedules follow their formulas"),
    LAB4_CUSTOM_OPT("LAB4-CUSTOM-OPT", Claim.LAB4, "Optimisers",
            "a hand-written SGD with momentum (M ← γM + η∇, Θ ← Θ − M) trains exactly like classical momentum"),
    LAB4_PARAM_GROUPS("LAB4-PARAM-GROUPS", Claim.LAB4, "Regularisation",
            "different weight decay per group of layers"),
    LRF_RANGE("LRF-RANGE", Claim.LRF, "Learning-rate finder",
            "an lr range test: the smoothed loss falls then explodes, the run stops by the rule, the weights are restored"),
    LRF_SCHED("LRF-SCHED", Claim.LRF, "Learning-rate finder",
            "lr(it) = lr0 · 10^(it / k)"),
    LRF_LINREG("LRF-LINREG", Claim.LRF, "Learning-rate finder",
            "mini-batch gradient descent recovers a line"),
    LRF_TUNED("LRF-TUNED", Claim.LRF, "Learning-rate finder",
            "a tuned lr (0.2) reaches a lower cost than a manual one (0.01)");

    private final Claim claim;

    Catalogue(String id, String lecture, String topic, String statement) {
        this.claim = new Claim(id, lecture, topic, statement);
    }

    public Claim claim() {
        return claim;
    }

    /** The stable id, e.g. L13-OPT. */
    public String id() {
        return claim.id();
    }
}
