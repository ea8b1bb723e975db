package org.claimcheck.model.schedule;

import org.nd4j.linalg.schedule.ISchedule;

/**
 * LAB4's triangular annealing as "linear warm-up, then linear annealing": u·η/U for the updates
 * u = 1 … U, then η·(T − u)/(T − U) down to 0 at update T, and 0 after.
 */
public record Triangular(double peak, int warmupSteps, int totalSteps) implements ISchedule {
    public Triangular {
        if (warmupSteps < 1 || totalSteps <= warmupSteps) {
            throw new IllegalArgumentException("triangular schedule needs 1 <= U < T, got U=" + warmupSteps + ", T=" + totalSteps);
        }
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        int u = iteration + 1;
        if (u <= warmupSteps) {
            return u * peak / warmupSteps;
        }
        return u >= totalSteps ? 0 : peak * (totalSteps - u) / (totalSteps - warmupSteps);
    }

    @Override
    public ISchedule clone() {
        return this;
    }
}
