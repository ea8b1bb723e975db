package org.claimcheck.model.schedule;

import org.nd4j.linalg.schedule.ISchedule;

/**
 * Cyclical cosine annealing with warm restarts (SGDR, fixed period): within each cycle of P
 * steps, lr = η_min + (η_max·d^c − η_min) · (1 + cos(π·(t mod P)/P)) / 2, where c = ⌊t/P⌋ is the
 * cycle and d the decay of the peak per restart (LAB4: "the maximum LR gets decayed as well").
 */
public record CosineRestarts(double max, double min, int period, double peakDecay) implements ISchedule {
    @Override
    public double valueAt(int iteration, int epoch) {
        int cycle = iteration / period;
        int t = iteration % period;
        double peak = max * Math.pow(peakDecay, cycle);
        return min + (peak - min) * (1 + Math.cos(Math.PI * t / period)) / 2;
    }

    @Override
    public ISchedule clone() {
        return this;
    }
}
