package org.claimcheck.claims;

import java.util.List;
import java.util.Map;
import org.claimcheck.expect.BandOutcome;
import org.claimcheck.run.RecordedRun;

/**
 * Everything a judged claim case leaves for its report.
 *
 * @param runs    every run the case reported, by name
 * @param filed   the names of the runs whose curves go to reports/runs (those added with {@link ClaimCheck#add}, not draws)
 * @param timings timing samples per chart name: seconds per round, by configuration
 * @param threshold the loss threshold τ the claim compares against, for its chart
 * @param compared  the runs the claim compares, drawn over the others
 */
public record CaseRecord(ClaimCase claimCase, Map<String, RecordedRun> runs, List<String> filed, Map<String, BandOutcome> bands,
                         List<Finding> findings, Map<String, Map<String, double[]>> timings, String robustness, CaseJudgement judgement,
                         java.util.OptionalDouble threshold, List<String> compared) {
}
