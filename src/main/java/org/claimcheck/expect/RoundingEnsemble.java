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
     * negative outside), and the largest share of its room (golden value to edge) any point used (above 1 outside).
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
        List<Stability.Perturbation> perturbations = new ArrayList<>();
        for (Member member : members) {
            double drift = GoldenValues.compare(expected.goldenValues(), expected.divergence().canonical(), member.curves(), member.divergedAt(),
                    List.of()).maxDecades();
            perturbations.add(new Stability.Perturbation(member.change(), Double.isFinite(drift) ? drift : Double.MAX_VALUE, member.divergedAt()));
        }
        if (perturbations.isEmpty()) {
            throw new IllegalArgumentException("stability needs at least one perturbation");
        }
        boolean chaotic = Stability.chaotic(perturbations);
        int inside = 0;
        double leastRoom = Double.POSITIVE_INFINITY;
        for (int left = 0; left < members.size(); left++) {
            List<Member> others = new ArrayList<>(members);
            Member out = others.remove(left);
            Judgement judgement = judgeLeftOut(expected, others, rule, chaotic, out);
            inside += judgement.inside() ? 1 : 0;
            leastRoom = Math.min(leastRoom, judgement.leastRoom());
        }
        return expected.withRounding(Stability.measured(perturbations, rule, judgedRuns, inside, leastRoom, measuredAt), bands);
    }

    /**
     * The bands another arithmetic is held to. A stable run: its rounding band. A chaotic run, one
     * that rounding moves by more than {@link Stability#STABLE_DRIFT_DECADES}: rounding grows there
     * into another trajectory, a draw from what the seeds show, which a handful of perturbed runs
     * under-samples (left out one at a time, they fell outside the band of the others in 3 of 6
     * suites). So it is held to the union of its rounding band and its seed band widened to the
     * rounding band's point level ({@code level}: joined at 1 % per point, 12.5 % of 30 held-out
     * seeds of LAB4-PARAM-GROUPS fell outside the band of 10 others; now 2.9 %), and that union is made
     * tolerant to a shift of {@value #SHIFT_FRACTION} of the run's epochs either way
     * ({@link Band#shiftTolerant}): late in a run the loss spikes at whatever epoch it will (Nehalem's
     * kernel put one of LAB4-PARAM-GROUPS' five epochs before any seed's). docs/another-arithmetic.md
     * gives the numbers.
     */
    public static Map<Curve, Band> heldTo(ExpectedFile expected, Map<Curve, Band> rounding, BandRule level, boolean chaotic) {
        if (!chaotic) {
            return rounding;
        }
        Map<Curve, Band> held = new EnumMap<>(Curve.class);
        Map<Curve, Band> seeds = expected.seedBands();
        int seedCount = expected.provenance().seeds().size();
        rounding.forEach((curve, band) -> held.put(curve, band.union(seeds.get(curve).atLevel(expected.rule(), level.pointAlpha(), seedCount))
                .shiftTolerant(shiftWindow(band.size()))));
        return held;
    }

    /** The share of a chaotic run's epochs its events may move on another arithmetic. */
    public static final double SHIFT_FRACTION = 0.1;

    /** How many points either way a chaotic run's curve of {@code points} points may be shifted: {@value #SHIFT_FRACTION} of them, rounded up. */
    public static int shiftWindow(int points) {
        return (int) Math.ceil(SHIFT_FRACTION * points);
    }

    /** The divergence steps another arithmetic is held to: the rounding perturbations', and for a chaotic run the seeds' too. */
    public static List<Integer> stepsHeldTo(ExpectedFile expected, List<Integer> rounding, boolean chaotic) {
        List<Integer> steps = new ArrayList<>(rounding);
        if (chaotic) {
            steps.addAll(expected.divergence().seeds());
        }
        return steps;
    }

    /**
     * A perturbed run against the band built from the golden values and the other members, as
     * another arithmetic would be judged (joined with the seed band, shift-tolerant, where the run is chaotic).
     */
    public static Judgement judgeLeftOut(ExpectedFile expected, List<Member> others, BandRule rule, boolean chaotic, Member out) {
        return judge(heldTo(expected, bands(expected, others, rule), rule, chaotic), rule, stepsHeldTo(expected, divergenceSteps(expected, others), chaotic),
                out.curves(), out.divergedAt());
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
        boolean chaotic = !expected.stability().stable();
        return judge(heldTo(expected, expected.roundingBands(), expected.stability().rule(), chaotic), expected.stability().rule(),
                stepsHeldTo(expected, allSteps(expected), chaotic), curves, divergedAt);
    }

    private static List<Integer> allSteps(ExpectedFile expected) {
        List<Integer> steps = new ArrayList<>(expected.stability().divergenceSteps());
        steps.add(expected.divergence().canonical());
        return steps;
    }
}
