package org.claimcheck.harness;

import java.util.function.DoubleUnaryOperator;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;

/** Recorded runs made up from a formula, for testing the harness without training. */
final class SyntheticRuns {
    private SyntheticRuns() {
    }

    static final RunSpec SPEC = RunSpec.banknote(6, 6).batch(32, 20);

    /** A run of {@code epochs} epochs whose epoch loss and whole-data loss are {@code loss(epoch)}. */
    static RecordedRun run(RunSpec spec, int epochs, DoubleUnaryOperator loss) {
        double[] curve = new double[epochs];
        for (int i = 0; i < epochs; i++) {
            curve[i] = loss.applyAsDouble(i + 1);
        }
        return new RecordedRun(spec, spec.initSeed(), spec.orderSeed(), curve, curve.clone(), curve.clone(), new long[epochs],
                new long[epochs], new double[0], new double[] {1, 2}, new double[] {1}, null, new double[epochs], new double[epochs]);
    }

    /** A decaying loss whose level depends a little on the run's seed, like real seeds do. */
    static RecordedRun seeded(RunSpec spec) {
        double scale = 1 + 0.05 * (spec.initSeed() - RunSpec.LECTURE_INIT_SEED);
        return run(spec, spec.epochs(), epoch -> 0.7 * scale * Math.exp(-0.2 * epoch));
    }
}
