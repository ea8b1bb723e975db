package org.claimcheck.model.schedule;

import org.nd4j.linalg.schedule.ISchedule;

/** Cosine annealing over T steps: lr(t) = η_min + (η_max − η_min) · (1 + cos(π·t/T)) / 2, then η_min. */
public record Cosine(double max, double min, int steps) implements ISchedule {
    @Override
    public double valueAt(int iteration, int epoch) {
        int t = Math.min(iteration, steps);
        return min + (max - min) * (1 + Math.cos(Math.PI * t / steps)) / 2;
    }

    @Override
    public ISchedule clone() {
        return this;
    }
}
