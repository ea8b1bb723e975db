package org.claimcheck.expect;

import java.util.List;

/**
 * Whether a run's rounding stays rounding. Measured at recording time by rerunning the canonical
 * seed perturbed at the rounding level (another OpenBLAS kernel, two OpenMP threads) and taking
 * how far its curves moved from the golden values, in decades. A STABLE run moved by at most
 * {@value #STABLE_DRIFT_DECADES} decades and is held, on every other arithmetic (kernel, CPU,
 * GPU), to {@value #STABLE_TOLERANCE_DECADES} decades of its golden values; a CHAOTIC run, whose
 * rounding grew into differences the size of a change of seed, only to its seed band.
 *
 * @param drift            the largest distance from the golden values over all perturbations, in decades
 * @param toleranceDecades what another arithmetic is held to: the drift band for a stable run, 0 (the seed band) otherwise
 * @param perturbations    what was changed, e.g. {@code OPENBLAS_CORETYPE=Sandybridge}, each with its drift
 */
public record Stability(Label label, double drift, double toleranceDecades, List<Perturbation> perturbations, String measuredAt) {

    public static final double STABLE_DRIFT_DECADES = 1e-4;
    public static final double STABLE_TOLERANCE_DECADES = 1e-3;
    public static final Stability NOT_MEASURED = new Stability(Label.NOT_MEASURED, 0, 0, List.of(), "");

    public enum Label { STABLE, CHAOTIC, NOT_MEASURED }

    public record Perturbation(String change, double drift) {
    }

    public static Stability measured(List<Perturbation> perturbations, String measuredAt) {
        if (perturbations.isEmpty()) {
            throw new IllegalArgumentException("stability needs at least one perturbation");
        }
        double drift = perturbations.stream().mapToDouble(Perturbation::drift).max().orElseThrow();
        boolean stable = drift <= STABLE_DRIFT_DECADES;
        return new Stability(stable ? Label.STABLE : Label.CHAOTIC, drift, stable ? STABLE_TOLERANCE_DECADES : 0, List.copyOf(perturbations),
                measuredAt);
    }

    public boolean stable() {
        return label == Label.STABLE;
    }

    public String text() {
        return switch (label) {
            case NOT_MEASURED -> "stability not measured";
            case STABLE -> String.format(java.util.Locale.ROOT, "stable (rounding perturbations moved it %.2g decades): held to %.0e decades"
                    + " of its golden values on another arithmetic", drift, toleranceDecades);
            case CHAOTIC -> String.format(java.util.Locale.ROOT, "chaotic (rounding perturbations moved it %.2g decades): held to its seed"
                    + " band on another arithmetic", drift);
        };
    }
}
