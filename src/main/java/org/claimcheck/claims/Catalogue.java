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
    public static final Claim L13_OPT = new Claim("L13-OPT", L13, "Optimisers",
            "Nadam beats SGD: SGD far behind (not converged by epoch 100), Nadam leads, Adam near the top");
}
