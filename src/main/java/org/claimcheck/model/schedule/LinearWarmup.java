package org.claimcheck.model.schedule;

import org.nd4j.linalg.schedule.ISchedule;

/** LAB4's warm-up: at update u = 1 … U the lr is u·η/U (u = iteration + 1), then η. */
public record LinearWarmup(double target, int warmupSteps) implements ISchedule {
    @Override
    public double valueAt(int iteration, int epoch) {
        int u = iteration + 1;
        return u >= warmupSteps ? target : u * target / warmupSteps;
    }

    @Override
    public ISchedule clone() {
        return this;
    }
}
