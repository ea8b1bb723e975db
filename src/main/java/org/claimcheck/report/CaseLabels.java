package org.claimcheck.report;

import java.util.Optional;
import org.claimcheck.claims.BackendSkip;
import org.claimcheck.claims.CaseReport;
import org.claimcheck.claims.Claim;
import org.claimcheck.claims.ClaimCase;
import org.claimcheck.env.MachineInfo;

/** The report's labels of a claim case, and whether it runs in this JVM at all. */
public final class CaseLabels {
    private CaseLabels() {
    }

    /**
     * Labels the case in the report; where its backend is not this JVM's, or is the GPU and this
     * machine has none, writes its "not run" row and returns why.
     */
    public static Optional<String> label(ClaimCase claimCase, CaseReport report) {
        Claim claim = claimCase.claim();
        report.labels(claim.lecture(), claim.topic(), claim.id());
        report.parameter("claim", claim.id());
        report.parameter("case", claimCase.caseName());
        report.parameter("backend", claimCase.backend().id());
        report.parameter("result set", ResultSet.name());
        report.description("**" + claim.id() + "** (" + claim.lecture() + "): " + claim.statement());
        Optional<String> notHere = BackendSkip.reason(claimCase.backend());
        notHere.ifPresent(reason -> CaseSummary.notRun(claimCase, BackendSkip.shortReason(claimCase.backend()), reason));
        if (notHere.isEmpty()) {
            MachineInfo machine = MachineInfo.current();
            report.parameter("arithmetic", machine.key() + " (BLAS kernel " + machine.blasKernel() + ", OpenMP threads " + machine.ompThreads() + ")");
        }
        return notHere;
    }

}
