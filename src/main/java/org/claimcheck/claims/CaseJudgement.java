package org.claimcheck.claims;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimcheck.env.BlasChoice;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.env.Property;
import org.claimcheck.expect.BandOutcome;
import org.claimcheck.expect.ExpectedBands;
import org.claimcheck.expect.ExpectedVerdict;
import org.claimcheck.expect.Verdict;
import org.claimcheck.expect.VerdictStore;

/**
 * A claim case's outcome ({@link Judge#decide}) with the message a person reads: what failed,
 * the evidence, the recorded verdict, the bands, and what to do about it.
 */
public record CaseJudgement(Outcome outcome, Verdict observed, String verdictText, String message) {
    public static final String STRICT_PROPERTY = "claimcheck.strict";

    /** -Dclaimcheck.strict: whether recorded contradictions and hardware-dependent misses fail. */
    public static boolean strictFromSystemProperty() {
        return Property.bool(STRICT_PROPERTY, false);
    }

    public static CaseJudgement of(ClaimCase claimCase, List<Finding> findings, Collection<BandOutcome> bands,
                                   Optional<ExpectedVerdict> recorded, boolean strict, VerdictStore verdicts) {
        if (findings.isEmpty()) {
            throw new IllegalStateException(claimCase + " checked no relation: a claim test must state what it verifies");
        }
        if (recorded.isPresent() && recorded.get().finding() > findings.size()) {
            throw new IllegalStateException(verdicts.path(claimCase.claim().id()) + " records finding " + recorded.get().finding() + " of "
                    + claimCase + ", which checks " + findings.size() + " relation" + (findings.size() == 1 ? "" : "s") + ":\n"
                    + Finding.lines(findings));
        }
        Decision decision = decide(findings, recorded);
        Verdict observed = decision.observed();
        Verdict expected = decision.recorded().map(ExpectedVerdict::verdict).orElse(Verdict.HOLDS);
        String verdictText = (findings.stream().allMatch(Finding::holds) ? Verdict.HOLDS : Verdict.CONTRADICTED)
                + (recorded.isPresent() ? " (recorded: " + recorded.get().verdict() + " for finding " + recorded.get().finding() + ")" : "");
        Outcome outcome = Judge.decide(observed, decision.recorded().map(ExpectedVerdict::verdict), strict, Judge.Bands.worst(bands));
        String evidence = Finding.lines(findings);
        String firstContradiction = decision.contradiction().map(Finding::sentence).orElse("");
        String bandText = bands.stream().map(BandOutcome::line).collect(Collectors.joining("\n"));
        String context = claimCase + "\n" + evidence
                + recorded.map(v -> "\nRecorded verdict: " + v.verdict() + " — " + v.reason()).orElse("")
                + (bandText.isEmpty() ? "" : "\nExpected bands:\n" + bandText);
        String claim = claimCase.claim().id();
        String message = switch (outcome) {
            case PASSED -> "";
            case CLAIM_CONTRADICTED -> expected != Verdict.HOLDS
                    ? "(failing because -D" + STRICT_PROPERTY + "=true, recorded " + expected + ") " + firstContradiction + " — "
                    + recorded.orElseThrow().reason() + "\n" + context
                    : firstContradiction + "\n" + context + "\nIf a faithful run really contradicts the lecture, record it in "
                    + verdicts.path(claim) + " (a JSON array) with a reason a person writes:\n"
                    + VerdictStore.entryFor(claimCase.caseId(), findings.indexOf(decision.contradiction().orElseThrow()) + 1,
                    claimCase.backend().id(), Verdict.CONTRADICTED, decision.contradiction().orElseThrow().statement());
            case VERDICT_CHANGED -> claimCase + " was recorded as CONTRADICTED (" + recorded.orElseThrow().reason() + ") but now holds. "
                    + "Find out why, then update " + verdicts.path(claim) + ".\n" + context;
            case OUTSIDE_EXPECTED_BAND -> where(firstFailed(bands)) + "\n" + context;
            case OUTSIDE_OTHER_ARITHMETIC_BAND -> {
                BandOutcome failed = firstFailed(bands);
                String why = failed.golden() == null ? "" : ", " + failed.golden().whyNotApplicable();
                yield where(failed) + ": judged by its rounding band, the band of what rounding perturbations do to the canonical run, since"
                        + " this run's arithmetic (" + MachineInfo.current().key() + why + ") is not the recording's ("
                        + failed.file().getFileName() + "). The rounding bands are built so that a healthy suite on another arithmetic fails"
                        + " at most once in 100 runs (docs/rounding.md), so look for a regression first" + (failed.golden() == null ? "" : ": " + failed.golden().line()) + ". "
                        + advice(failed) + "\n" + context;
            }
            case GOLDEN_VALUES_CHANGED -> {
                BandOutcome first = bands.stream().filter(BandOutcome::goldenChanged).findFirst().orElseThrow();
                yield "run '" + first.run() + "' of " + first.claim() + " did not reproduce the golden values recorded"
                        + " with the same arithmetic (" + first.file() + "): " + first.golden().line() + ". Inside its bands, but the numbers"
                        + " changed: find out why (library, code, settings), then re-record with -Dclaimcheck.record=all; -D"
                        + ExpectedBands.EXACT_PROPERTY + "=false reports this without failing\n" + context;
            }
            case EXPECTED_BAND_MISSING -> bands.stream().filter(BandOutcome::missing).findFirst().orElseThrow().message() + "\n" + context;
            case RECORDED_CONTRADICTION, NOT_ON_THIS_MACHINE -> firstContradiction + " — " + recorded.orElseThrow().reason() + "\n" + context;
        };
        return new CaseJudgement(outcome, observed, verdictText, message);
    }

    /**
     * What the findings say against what was recorded, finding by finding: a recorded verdict speaks
     * for its own finding only. A contradicted finding nobody recorded decides the case (as an
     * unrecorded contradiction); otherwise the recorded finding does, as recorded.
     *
     * @param observed      the verdict the judge weighs
     * @param recorded      the recorded verdict it is weighed against (empty where another finding broke)
     * @param contradiction the finding the case's message leads with
     */
    record Decision(Verdict observed, Optional<ExpectedVerdict> recorded, Optional<Finding> contradiction) {
    }

    static Decision decide(List<Finding> findings, Optional<ExpectedVerdict> recorded) {
        int recordedIndex = recorded.map(v -> v.finding() - 1).orElse(-1);
        for (int i = 0; i < findings.size(); i++) {
            if (i != recordedIndex && !findings.get(i).holds()) {
                return new Decision(Verdict.CONTRADICTED, Optional.empty(), Optional.of(findings.get(i)));
            }
        }
        if (recorded.isEmpty()) {
            return new Decision(Verdict.HOLDS, Optional.empty(), Optional.empty());
        }
        Finding finding = findings.get(recordedIndex);
        return new Decision(finding.holds() ? Verdict.HOLDS : Verdict.CONTRADICTED, recorded, finding.holds() ? Optional.empty() : Optional.of(finding));
    }

    /** What a person can do about a run outside another arithmetic's band, for the arithmetic at hand. */
    static String advice(BandOutcome failed) {
        if (failed.match() == org.claimcheck.expect.ExpectedMatch.Level.OTHER_BACKEND) {
            return "Record this backend's own bands to judge it by its own golden values (-Dclaimcheck.record=missing on this machine).";
        }
        if (MachineInfo.current().blas().startsWith("OPENBLAS") && !MachineInfo.current().blasKernel().equals("ARMV8")
                && failed.golden() != null && !failed.golden().whyNotApplicable().contains("kernel")) {
            return "The kernel is the recording's; another DL4J release, BLAS library or thread count differs (see above).";
        }
        return MachineInfo.current().blasKernel().equals("ARMV8") || !MachineInfo.current().blas().startsWith("OPENBLAS")
                ? "Record this arithmetic's golden values (-Dclaimcheck.record=golden) once the difference is understood."
                : "Pinning the recording's kernel (-D" + BlasChoice.PROPERTY + "=Haswell) tells rounding from a regression: there the golden"
                + " values decide bit for bit.";
    }

    /** The first run outside its band, this arithmetic's bands before another's. */
    private static BandOutcome firstFailed(Collection<BandOutcome> bands) {
        return bands.stream().filter(BandOutcome::failed).min(Comparator.comparing(outcome -> !outcome.sameArithmetic())).orElseThrow();
    }

    private static String where(BandOutcome failed) {
        return failed.firstFailure() + " in run '" + failed.run() + "' of " + failed.claim();
    }
}
