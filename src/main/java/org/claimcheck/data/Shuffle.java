package org.claimcheck.data;

import java.util.Random;

/** Fisher-Yates with our own seeded generator, as numpy's in-place shuffle does (never ND4J's per-thread one). */
public final class Shuffle {
    private Shuffle() {
    }

    public static void inPlace(int[] indices, Random random) {
        for (int i = indices.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
    }

    /** 0 … n−1 in the order one shuffle from {@code seed} gives. */
    public static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        inPlace(order, new Random(seed));
        return order;
    }
}
