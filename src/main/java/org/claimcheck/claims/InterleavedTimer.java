package org.claimcheck.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.claimcheck.training.RunPool;

/**
 * Times several tasks fairly: warm-up rounds first (JIT, native library loading), then rounds in
 * which every task runs, the order rotated so that no task always runs first or right after the
 * same neighbour. Nothing else trains meanwhile: the measurement waits until the run pool is idle
 * and fails if a run started beside it.
 */
public final class InterleavedTimer {
    /** What a timing claim's evidence says of how it was measured. */
    public static final String ALONE = "timed alone: no other run trained meanwhile";

    private InterleavedTimer() {
    }

    /**
     * Whole tasks interleaved: each round runs every task once.
     *
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
            int finishedBefore = RunPool.finished();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((r + i) % names.size());
                seconds.get(name)[r] = timeOf.applyAsDouble(name);
            }
            requireAlone(names, r, finishedBefore);
        }
        return seconds;
    }

    /**
     * Single updates interleaved: each round starts every task afresh ({@code fresh} builds its
     * network and minibatch and returns one update), runs one untimed update of each, then
     * {@code steps} timed updates of each, alternating task by task with the order rotated every
     * step. Neighbouring updates of two tasks are a millisecond apart, so a slow spell of the
     * machine (a collection, a busy neighbour) slows both sides of a comparison alike instead of
     * one task's whole block; a round's result is the median of its updates.
     *
     * @return every task's median seconds per update, one per round
     */
    public static Map<String, double[]> measureSteps(List<String> names, Function<String, Runnable> fresh, int steps, int warmUpRounds,
                                                     int rounds) {
        RunPool.awaitIdle();
        int n = names.size();
        Map<String, double[]> medians = new LinkedHashMap<>();
        names.forEach(name -> medians.put(name, new double[rounds]));
        for (int r = -warmUpRounds; r < rounds; r++) {
            int finishedBefore = RunPool.finished();
            List<Runnable> updates = names.stream().map(fresh).toList();
            updates.forEach(Runnable::run);
            double[][] seconds = new double[n][steps];
            for (int s = 0; s < steps; s++) {
                for (int i = 0; i < n; i++) {
                    int task = Math.floorMod(r + s + i, n);
                    long start = System.nanoTime();
                    updates.get(task).run();
                    seconds[task][s] = (System.nanoTime() - start) / 1e9;
                }
            }
            if (r >= 0) {
                for (int task = 0; task < n; task++) {
                    medians.get(names.get(task))[r] = new Median().evaluate(seconds[task]);
                }
            }
            requireAlone(names, r, finishedBefore);
        }
        return medians;
    }

    /** Nothing trained during the round: the pool is idle at its end and no run finished since it began (one that started and ended within it included). */
    private static void requireAlone(List<String> names, int round, int finishedBefore) {
        if (!RunPool.idle() || RunPool.finished() != finishedBefore) {
            throw new IllegalStateException("a run trained on the run pool while " + names + " were being timed (round " + (round + 1)
                    + "): timings must be taken alone");
        }
    }
}
