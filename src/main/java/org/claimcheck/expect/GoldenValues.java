package org.claimcheck.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.run.Curve;

/**
 * Golden values (as in Megatron-LM's functional tests): where DL4J version, backend, BLAS
 * library and kernel (the arithmetic key), data type and thread count are those of the
 * recording, a seeded run must reproduce the recorded canonical curves bit for bit, whatever the
 * CPU vendor or model. A pure function of the recording's provenance, this machine and the curves.
 */
public final class GoldenValues {
    private GoldenValues() {
    }

    /** The canonical run against the golden values, its divergence step included; NOT_APPLICABLE where the arithmetic differs. */
    public static GoldenComparison compare(ExpectedFile expected, MachineInfo machine, String dataType, Map<Curve, double[]> observed,
                                           Integer observedDivergence) {
        return compare(expected.goldenValues(), expected.divergence().canonical(), observed, observedDivergence,
                differences(expected.provenance(), machine, dataType));
    }

    public static GoldenComparison compareCurves(Map<Curve, double[]> golden, Map<Curve, double[]> observed, List<String> differences) {
        return compare(golden, null, observed, null, differences);
    }

    /**
     * The curves compared point by point over the epochs the expected file stores (up to the
     * canonical run's divergence, which is compared too); a run that stops earlier differs. {@code differences} (what separates the two arithmetics) makes the
     * comparison NOT_APPLICABLE when not empty.
     */
    public static GoldenComparison compare(Map<Curve, double[]> golden, Integer goldenDivergence, Map<Curve, double[]> observed,
                                           Integer observedDivergence, List<String> differences) {
        Curve firstCurve = null;
        int firstEpoch = 0;
        double firstObserved = Double.NaN;
        double firstRecorded = Double.NaN;
        double maxDecades = 0;
        int points = 0;
        for (Curve curve : Curve.values()) {
            double[] expected = golden.get(curve);
            double[] values = observed.get(curve);
            points += expected.length;
            for (int i = 0; i < expected.length; i++) {
                double want = expected[i];
                double got = i < values.length ? values[i] : Double.NaN;
                if (i < values.length && Double.doubleToLongBits(want) == Double.doubleToLongBits(got)) {
                    continue;
                }
                maxDecades = Math.max(maxDecades, decades(got, want));
                if (firstCurve == null) {
                    firstCurve = curve;
                    firstEpoch = i + 1;
                    firstObserved = got;
                    firstRecorded = want;
                }
            }
        }
        String divergence = java.util.Objects.equals(goldenDivergence, observedDivergence) ? ""
                : "diverged " + Divergence.text(observedDivergence) + ", recorded " + Divergence.text(goldenDivergence);
        GoldenComparison.Status status = !differences.isEmpty() ? GoldenComparison.Status.NOT_APPLICABLE
                : firstCurve == null && divergence.isEmpty() ? GoldenComparison.Status.IDENTICAL : GoldenComparison.Status.CHANGED;
        return new GoldenComparison(status, String.join(", ", differences), firstCurve, firstEpoch, firstObserved, firstRecorded, maxDecades,
                points, divergence);
    }

    /** What separates the recording's arithmetic from this run's, e.g. "kernel Haswell recorded, SkylakeX here". */
    public static List<String> differences(Provenance recorded, MachineInfo machine, String dataType) {
        List<String> differences = new ArrayList<>();
        differ(differences, "DL4J", recorded.dl4jVersion(), machine.dl4jVersion());
        differ(differences, "backend", recorded.backend(), machine.backend().id());
        differ(differences, "BLAS", recorded.blas(), machine.blas());
        differ(differences, "kernel", recorded.blasKernel(), machine.blasKernel());
        differ(differences, "arithmetic", recorded.arithmetic(), machine.arithmetic());
        differ(differences, "platform", recorded.platform(), machine.platform());
        differ(differences, "data type", recorded.dataType(), dataType);
        differ(differences, "threads", recorded.ompThreads(), machine.ompThreads());
        return differences;
    }

    private static void differ(List<String> differences, String what, String recorded, String here) {
        if (!recorded.equals(here)) {
            differences.add(what + " " + recorded + " recorded, " + here + " here");
        }
    }

    private static double decades(double a, double b) {
        if (!(a > 0) || !(b > 0) || !Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(Math.log10(a) - Math.log10(b));
    }
}
