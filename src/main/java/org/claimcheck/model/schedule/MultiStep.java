package org.claimcheck.model.schedule;

import java.util.List;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * PyTorch's {@code MultiStepLR}, per epoch: lr = η0 · γ · … · γ, one factor per milestone ≤ epoch,
 * epochs counted from 0, so milestones 6 and 11 cut the lr before the 7th and the 12th epoch. The
 * factors are multiplied one at a time, as PyTorch does ({@code lr * gamma} at each milestone), so
 * the values are PyTorch's to the bit (0.1 · 0.1 = 0.010000000000000002).
 */
public record MultiStep(double initial, List<Integer> milestones, double gamma) implements ISchedule {
    public MultiStep {
        milestones = List.copyOf(milestones);
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        double lr = initial;
        for (int milestone : milestones) {
            if (milestone <= epoch) {
                lr *= gamma;
            }
        }
        return lr;
    }

    @Override
    public ISchedule clone() {
        return this;
    }

    @Override
    public String toString() {
        return "multistep-" + initial + "-at" + milestones.stream().map(String::valueOf).reduce((a, b) -> a + "." + b).orElse("")
                + "-x" + gamma;
    }
}
