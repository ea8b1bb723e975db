package org.claimcheck.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.claimcheck.training.RunPool;

/**
 * Times several tasks fairly: warm-up rounds first (JIT, native library loading), then rounds in
 * which every task runs once, the order rotated each round so that no task always runs first
 * or right after the same neighbour. Nothing else trains meanwhile: the measurement waits until
 * the run pool is idle and fails if a run started beside it.
 */
public final class InterleavedTimer {
    /** What a timing claim's evidence says of how it was measured. */
    public static final String ALONE = "timed alone: no other run trained meanwhile";

    private InterleavedTimer() {
    }

    /**
     * @param timeOf runs the named task once and returns the seconds it measured for itself
     * @return every task's measured seconds, one per round
     */
    public static Map<String, double[]> measure(List<String> names, ToDoubleFunction<String> timeOf, int warmUpRounds, int rounds) {
        RunPool.awaitIdle();
        for (int w = 0; w < warmUpRounds; w++) {
            names.forEach(timeOf::applyAsDouble);
        }
        Map<String, double[]> seconds = new LinkedHashMap<>();
        names.forEach(name -> seconds.put(name, new double[rounds]));
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((r + i) % names.size());
                seconds.get(name)[r] = timeOf.applyAsDouble(name);
            }
            if (!RunPool.idle()) {
                throw new IllegalStateException("a run trained on the run pool while " + names + " were being timed (round " + (r + 1)
                        + "): timings must be taken alone");
            }
        }
        return seconds;
    }
}
