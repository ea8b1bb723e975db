package org.claimcheck.report;

import java.util.List;
import java.util.Map;
import org.claimcheck.claims.Claim;
import org.claimcheck.claims.Finding;
import org.claimcheck.report.VerdictTable;

/**
 * What one claim case found on one backend, as {@code results/<claim>/<case>.<backend>.json}:
 * the machine-readable form of a row of claims.md plus every run's curves and the band each
 * was judged against. Two result sets (two machines, two backends, two settings) are compared
 * and merged from these files.
 *
 * @param caseId  the case's stable id, e.g. nadam-reaches-tau-before-sgd
 * @param set     the result set's name ({@code -Dclaimcheck.set}, by default the arithmetic key)
 * @param arithmetic the arithmetic key the case ran with, e.g. cpu-openblas-haswell
 * @param blasKernel the BLAS kernel that ran, as OpenBLAS reported it (empty where the case did not run)
 * @param outcome HOLDS, CONTRADICTED, NOT_RUN or BROKEN
 * @param verdict the verdict as claims.md shows it, e.g. "CONTRADICTED (recorded: CONTRADICTED)" or
 *                "not run: no GPU on this machine"
 * @param evidence the findings' lines; for a case not run, why
 */
public record CaseResult(int format, String set, Claim claim, String caseId, String caseName, String backend, String arithmetic,
                         String blasKernel, String outcome, String verdict, String robustness, String evidence, List<Finding> findings,
                         Map<String, RunCurves> runs) {

    public static final int FORMAT = 3;
    public static final String NOT_RUN = "NOT_RUN";
    /** A case whose test broke before it could be judged (data, an expected file, the harness). */
    public static final String BROKEN = "BROKEN";

    /**
     * @param expected the expected file the run was judged against and how it matched, e.g.
     *                 "L13-OPT/nadam/cpu-openblas-haswell.json (same arithmetic); golden values identical"; empty for an unseeded run
     */
    public record RunCurves(String spec, long initSeed, long orderSeed, String expected, Map<String, CurveValues> curves) {
    }

    /** One curve per epoch, with its band where the run had one (lower and upper are then as long as the band). */
    public record CurveValues(double[] values, double[] lower, double[] upper) {
    }

    /** The identity of a case across sets: claim, case and backend. */
    public String key() {
        return claim.id() + " · " + caseName + " · " + backend;
    }

    public boolean ran() {
        return !NOT_RUN.equals(outcome);
    }

    /** Its row of claims.md, under the given column (the backend, or "set · backend" in a merge). */
    public VerdictTable.Row row(String column) {
        return new VerdictTable.Row(claim, caseName, column, verdict, robustness, ran() ? numbers(findings) : "", chart(), ran());
    }

    /** Where the case's epoch-loss chart is written, relative to the reports folder (see CaseSummary). */
    public String chart() {
        return "charts/" + claim.id() + "/" + caseId + "." + backend + ".png";
    }

    /** The numbers behind the findings, each once: the sentences are the case's and the claim's own words. */
    static String numbers(List<Finding> findings) {
        return findings.stream().map(Finding::evidence).distinct().collect(java.util.stream.Collectors.joining("; "));
    }
}
