package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.expect.ExpectedVerdict;
import org.claimcheck.expect.Verdict;
import org.claimcheck.expect.VerdictStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A recorded verdict speaks for its own finding only (issue 21, item 1): the case's other findings must hold. */
@Tag("harness")
class FindingVerdictTest {

    static List<Finding> findings(String pattern) {
        List<Finding> findings = new ArrayList<>();
        for (char c : pattern.toCharArray()) {
            findings.add(new Finding("relation " + (findings.size() + 1), c == 'H', "numbers"));
        }
        return findings;
    }

    /** Findings as H (holds) and C (contradicted); the recorded finding (0: none) and its verdict; what the judge is told. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "nothing recorded and all hold,                    HHH, 0, ,             HOLDS,        false, ''",
            "nothing recorded and one contradicted,            HCH, 0, ,             CONTRADICTED, false, relation 2",
            "the contradicted finding is the recorded one,     HCH, 2, CONTRADICTED, CONTRADICTED, true,  relation 2",
            "the recorded finding now holds,                   HHH, 2, CONTRADICTED, HOLDS,        true,  ''",
            "another finding broke beside the recorded one,    CCH, 2, CONTRADICTED, CONTRADICTED, false, relation 1",
            "another finding broke and the recorded one holds, HHC, 1, CONTRADICTED, CONTRADICTED, false, relation 3",
            "hardware-dependent finding that does not hold,    CH,  1, HARDWARE_DEPENDENT, CONTRADICTED, true, relation 1",
    })
    void eachRecordedVerdictCoversItsOwnFinding(String row, String pattern, int recordedFinding, Verdict recordedVerdict, Verdict observed,
                                                boolean weighedAgainstRecord, String leadingFinding) {
        Optional<ExpectedVerdict> recorded = recordedFinding == 0 ? Optional.empty()
                : Optional.of(new ExpectedVerdict("case", recordedFinding, "cpu", recordedVerdict, "a reason", "evidence"));
        CaseJudgement.Decision decision = CaseJudgement.decide(findings(pattern), recorded);
        assertEquals(observed, decision.observed(), row);
        assertEquals(weighedAgainstRecord, decision.recorded().isPresent(), row);
        assertEquals(leadingFinding, decision.contradiction().map(Finding::sentence).orElse(""), row);
    }

    @Test
    void aRecordedFindingTheCaseDoesNotHaveIsRefusedNamingTheFile() {
        ClaimCase claimCase = new ClaimCase(Catalogue.L13_OPT.claim(), new CaseKind.OfMethod("someCase", "some case"),
                org.claimcheck.env.Backend.CPU);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CaseJudgement.of(claimCase, findings("HH"), List.of(),
                Optional.of(new ExpectedVerdict("some-case", 3, "cpu", Verdict.CONTRADICTED, "a reason", "evidence")), false,
                new VerdictStore(Path.of("expected"))));
        assertTrue(e.getMessage().contains("records finding 3 of") && e.getMessage().contains("which checks 2 relations"), e.getMessage());
    }

    /** Issue 21, item 9: a run outside another backend's band is not told to pin an OpenBLAS kernel. */
    @Test
    void aGpuRunOutsideTheCpuBandsIsNotToldToPinAKernel() {
        org.claimcheck.expect.BandOutcome onGpu = new org.claimcheck.expect.BandOutcome("L13-OPT", "adam",
                org.claimcheck.expect.BandOutcome.Status.FAILED, Path.of("expected/L13-OPT/adam/cpu-openblas-haswell.json"),
                org.claimcheck.expect.ExpectedMatch.Level.OTHER_BACKEND, java.util.Map.of(), java.util.Map.of(), null, "", null, null, null);
        String advice = CaseJudgement.advice(onGpu);
        assertTrue(!advice.contains("OPENBLAS") && !advice.contains("blas.core") && !advice.contains("kernel"), advice);
        assertTrue(advice.contains("Record this backend's own bands"), advice);
    }
}
