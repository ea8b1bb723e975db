package org.claimcheck.expect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.run.Curve;

/**
 * The rounding band of one run, built from the canonical run's golden values and the same run
 * under rounding perturbations (the members), and the judgement of a run against it. A pure
 * function of the numbers: scripts/record-all gathers the members from perturbed suite runs.
 */
public final class RoundingEnsemble {
    private RoundingEnsemble() {
    }

    /** The canonical run under one rounding perturbation. */
    public record Member(String change, Map<Curve, double[]> curves, Integer divergedAt) {
    }

    /**
     * A run against a rounding band: inside or not, the least room its points had (decades;
     * negative outside), and the largest share of the band's half-width any point used (above 1 outside).
     */
    public record Judgement(boolean inside, double leastRoom, double widthUsed, String firstFailure) {
    }

    /**
     * The expected file with its rounding measured: the band from the golden values and every
     * member, at the point level {@link Stability#roundingRule} gives a run of this many points
     * among {@code judgedRuns}, and each member judged against the band of the others.
     */
    public static ExpectedFile measure(ExpectedFile expected, List<Member> members, int judgedRuns, String measuredAt) {
        BandRule rule = Stability.roundingRule(judgedRuns, expected.points());
        Map<Curve, Band> bands = bands(expected, members, rule);
        int inside = 0;
        double leastRoom = Double.POSITIVE_INFINITY;
        List<Stability.Perturbation> perturbations = new ArrayList<>();
        for (int left = 0; left < members.size(); left++) {
            List<Member> others = new ArrayList<>(members);
            Member out = others.remove(left);
            Judgement judgement = judge(bands(expected, others, rule), rule, divergenceSteps(expected, others), out.curves(), out.divergedAt());
            inside += judgement.inside() ? 1 : 0;
            leastRoom = Math.min(leastRoom, judgement.leastRoom());
            double drift = GoldenValues.compare(expected.goldenValues(), expected.divergence().canonical(), out.curves(), out.divergedAt(),
                    List.of()).maxDecades();
            perturbations.add(new Stability.Perturbation(out.change(), Double.isFinite(drift) ? drift : Double.MAX_VALUE, out.divergedAt()));
        }
        return expected.withRounding(Stability.measured(perturbations, rule, judgedRuns, inside, leastRoom, measuredAt), bands);
    }

    /** Per curve, the prediction band of the golden values (first, as the canonical curve) and the members' curves. */
    public static Map<Curve, Band> bands(ExpectedFile expected, List<Member> members, BandRule rule) {
        Map<Curve, Band> bands = new EnumMap<>(Curve.class);
        for (Curve curve : Curve.values()) {
            List<double[]> curves = new ArrayList<>();
            curves.add(expected.goldenValues().get(curve));
            members.forEach(m -> curves.add(m.curves().get(curve)));
            bands.put(curve, Band.fromSeeds(curves, rule));
        }
        return bands;
    }

    public static List<Integer> divergenceSteps(ExpectedFile expected, List<Member> members) {
        List<Integer> steps = new ArrayList<>(members.stream().map(Member::divergedAt).toList());
        steps.add(expected.divergence().canonical());
        return steps;
    }

    /** A run's curves and divergence step against rounding bands, as the suite judges them on another arithmetic. */
    public static Judgement judge(Map<Curve, Band> bands, BandRule rule, List<Integer> divergenceSteps, Map<Curve, double[]> curves,
                                  Integer divergedAt) {
        boolean inside = true;
        double leastRoom = Double.POSITIVE_INFINITY;
        double widthUsed = 0;
        String firstFailure = "";
        for (Curve curve : Curve.values()) {
            BandCheck check = bands.get(curve).check(curves.get(curve), rule);
            leastRoom = Math.min(leastRoom, check.marginDecades());
            widthUsed = Math.max(widthUsed, bands.get(curve).widthUsed(curves.get(curve)));
            if (!check.passed() && inside) {
                firstFailure = curve.key() + ": " + check.summary();
            }
            inside &= check.passed();
        }
        if (!Divergence.within(divergedAt, divergenceSteps)) {
            if (inside) {
                firstFailure = "diverged " + Divergence.text(divergedAt) + ", rounding perturbations: " + Divergence.range(divergenceSteps);
            }
            inside = false;
            leastRoom = Math.min(leastRoom, -1);
            widthUsed = Double.POSITIVE_INFINITY;
        }
        return new Judgement(inside, leastRoom, widthUsed, firstFailure);
    }

    /** A run's judgement against the rounding band stored in {@code expected}. */
    public static Judgement judge(ExpectedFile expected, Map<Curve, double[]> curves, Integer divergedAt) {
        return judge(expected.roundingBands(), expected.stability().rule(), allSteps(expected), curves, divergedAt);
    }

    private static List<Integer> allSteps(ExpectedFile expected) {
        List<Integer> steps = new ArrayList<>(expected.stability().divergenceSteps());
        steps.add(expected.divergence().canonical());
        return steps;
    }
}
