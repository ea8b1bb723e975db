package org.claimcheck.training;

import java.security.SecureRandom;

/** Seeds for runs whose spec leaves a seed open ("no fixed seed"): drawn from system entropy, never 0. */
final class SeedSource {
    private static final SecureRandom ENTROPY = new SecureRandom();

    private SeedSource() {
    }

    static long draw() {
        long seed;
        do {
            seed = ENTROPY.nextLong() & Long.MAX_VALUE;
        } while (seed == 0);
        return seed;
    }
}
