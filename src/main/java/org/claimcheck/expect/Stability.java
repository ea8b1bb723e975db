package org.claimcheck.expect;

import java.util.List;
import java.util.Locale;

/**
 * What rounding alone does to the canonical run, and so what another arithmetic (another BLAS
 * kernel, thread count, CPU architecture, DL4J release, the GPU) is held to. Measured at recording
 * time by rerunning the claim suite with the canonical seeds perturbed at the rounding level: one
 * ulp of noise on every input and initial weight ({@link org.claimcheck.training.UlpNoise}, several
 * noise seeds), another OpenBLAS kernel, two OpenMP threads. Their curves and the golden values
 * build the run's <em>rounding band</em>, stored beside the seed band, by the prediction-band
 * construction of {@link Band#fromSeeds} at a family-wise level: each point of each of the
 * {@code judgedRuns} runs gets {@code familyAlpha / (judgedRuns · points)} (Bonferroni), and a curve
 * must lie wholly inside. The label decides which band: STABLE where no perturbation moved the run
 * more than {@value #STABLE_DRIFT_DECADES} decades (held to the rounding band), CHAOTIC otherwise
 * (held to the union of the rounding band and the seed band: see RoundingEnsemble.heldTo).
 *
 * @param drift         the largest distance of any perturbed run from the golden values, in decades
 * @param perturbations what was changed, each with its drift and the step where that run diverged (null: never)
 * @param rule          the rounding band's rule (its point level and floor); null until measured
 * @param membersInside how many perturbed runs lie inside the rounding band built without them (leave one out)
 * @param leastRoom     the least room any of them had there, in decades (negative when one fell outside)
 */
public record Stability(Label label, double drift, List<Perturbation> perturbations, BandRule rule, double familyAlpha, int judgedRuns,
                        int membersInside, double leastRoom, String measuredAt) {

    public static final double STABLE_DRIFT_DECADES = 1e-4;
    /**
     * The least half-width of a rounding band, 0.023 %: where the perturbed runs happen to agree
     * closely, another arithmetic may still meet a rounding event none of them met. The largest
     * drift a stable run showed under a rounding perturbation was 6·10⁻⁵ decades (NNBP-WD, under
     * OpenBLAS's Sandybridge kernel), and single rounding events move L12-FIT by 10⁻⁵ at a point.
     */
    public static final double ROUNDING_FLOOR_DECADES = 1e-4;
    /** The chance that a healthy suite run on another arithmetic fails anywhere, which the rounding bands are built for. */
    public static final double FAMILY_ALPHA = 0.01;
    public static final Stability NOT_MEASURED = new Stability(Label.NOT_MEASURED, 0, List.of(), null, 0, 0, 0, 0, "");

    public enum Label { STABLE, CHAOTIC, NOT_MEASURED }

    /** One rounding perturbation: e.g. {@code ulp noise 3}, {@code OPENBLAS_CORETYPE=Sandybridge}. */
    public record Perturbation(String change, double drift, Integer divergedAt) {
    }

    /** The rounding band's rule for a run of {@code points} points (both curves) among {@code judgedRuns}. */
    public static BandRule roundingRule(int judgedRuns, int points) {
        return new BandRule(FAMILY_ALPHA / ((double) judgedRuns * points), ROUNDING_FLOOR_DECADES, 0);
    }

    public static Stability measured(List<Perturbation> perturbations, BandRule rule, int judgedRuns, int membersInside, double leastRoom,
                                     String measuredAt) {
        if (perturbations.isEmpty()) {
            throw new IllegalArgumentException("stability needs at least one perturbation");
        }
        double drift = drift(perturbations);
        return new Stability(drift <= STABLE_DRIFT_DECADES ? Label.STABLE : Label.CHAOTIC, drift, List.copyOf(perturbations), rule, FAMILY_ALPHA,
                judgedRuns, membersInside, leastRoom, measuredAt);
    }

    /** Whether rounding moved the run more than {@value #STABLE_DRIFT_DECADES} decades under any of these perturbations. */
    public static boolean chaotic(List<Perturbation> perturbations) {
        return drift(perturbations) > STABLE_DRIFT_DECADES;
    }

    private static double drift(List<Perturbation> perturbations) {
        return perturbations.stream().mapToDouble(Perturbation::drift).max().orElseThrow();
    }

    public boolean stable() {
        return label == Label.STABLE;
    }

    public boolean measured() {
        return label != Label.NOT_MEASURED;
    }

    /** The divergence steps of the perturbed runs. */
    public List<Integer> divergenceSteps() {
        return perturbations.stream().map(Perturbation::divergedAt).toList();
    }

    public String text() {
        if (!measured()) {
            return "rounding not measured";
        }
        return String.format(Locale.ROOT, "%s: %d rounding perturbations moved it up to %.2g decades; on another arithmetic it is held to"
                        + " their band%s (point level %.1e, %d of %d perturbed runs inside the band of the others, least room %.3g decades)",
                label.name().toLowerCase(Locale.ROOT), perturbations.size(), drift, stable() ? "" : " joined with the seed band at their level, shift-tolerant", rule.pointAlpha(),
                membersInside, perturbations.size(),
                leastRoom);
    }

    /** How the rounding band is built and judged, for the expected file's reader. */
    public static String ruleText() {
        return String.format(Locale.ROOT, "rounding band = the prediction band of the golden values and the perturbed runs, at each point the"
                + " mean log10 value ± t(n-1, 1 - a/2)·sqrt(1 + 1/n) standard deviations with a = %.2g / (runs judged × points of this run)"
                + " (Bonferroni: a healthy suite on another arithmetic fails anywhere with probability at most %.2g where each point is"
                + " normal in log10), stretched to hold every perturbed run, widened by %.0e decades; every point must lie inside, and the"
                + " divergence step within the perturbed runs' range", FAMILY_ALPHA, FAMILY_ALPHA, ROUNDING_FLOOR_DECADES);
    }
}
