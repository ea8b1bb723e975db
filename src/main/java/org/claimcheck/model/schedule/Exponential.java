package org.claimcheck.model.schedule;

import org.nd4j.linalg.schedule.ISchedule;

/** Exponential annealing per step: lr(t) = η0 · γ^t, t = 0, 1, 2, … */
public record Exponential(double initial, double gamma) implements ISchedule {
    @Override
    public double valueAt(int iteration, int epoch) {
        return initial * Math.pow(gamma, iteration);
    }

    @Override
    public ISchedule clone() {
        return this;
    }
}
