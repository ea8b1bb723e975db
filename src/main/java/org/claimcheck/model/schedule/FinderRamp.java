package org.claimcheck.model.schedule;

import org.nd4j.linalg.schedule.ISchedule;

/** LRF's {@code FindLearningRateScheduler}: lr(it) = lr0 · 10^(it / k), k learning rates per decade, it per epoch. */
public record FinderRamp(double initial, int perDecade) implements ISchedule {
    @Override
    public double valueAt(int iteration, int epoch) {
        return initial * Math.pow(10, (double) epoch / perDecade);
    }

    @Override
    public ISchedule clone() {
        return this;
    }
}
