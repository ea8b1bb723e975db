package org.claimcheck.training;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * A deliberate departure from how a spec is trained, the kind a broken library or harness makes
 * without changing the spec (another updater, no reshuffle between epochs): the planted
 * regressions that show what the bands and golden values catch. {@link #NONE} trains the spec as
 * written; a changed setting (learning rate, weight decay, schedule) is a changed spec instead.
 *
 * A {@link UlpNoise} is the smallest departure: rounding, what another arithmetic does.
 *
 * @param updater   replaces the updater the spec asks for
 * @param reshuffle whether the training set is reshuffled every epoch (false: shuffled once, then kept)
 * @param rounding  a rounding perturbation of the inputs and initial weights, if any
 */
public record Deviation(UnaryOperator<IUpdater> updater, boolean reshuffle, Optional<UlpNoise> rounding) {
    public static final Deviation NONE = new Deviation(UnaryOperator.identity(), true, Optional.empty());

    public static Deviation updater(UnaryOperator<IUpdater> replacement) {
        return new Deviation(replacement, true, Optional.empty());
    }

    public static Deviation noReshuffle() {
        return new Deviation(UnaryOperator.identity(), false, Optional.empty());
    }

    /** The spec as written, its inputs and initial weights off by rounding (seed 1, 2, …). */
    public static Deviation rounding(long seed) {
        return new Deviation(UnaryOperator.identity(), true, Optional.of(new UlpNoise(seed)));
    }
}
