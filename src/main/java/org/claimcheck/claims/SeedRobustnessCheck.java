package org.claimcheck.claims;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.claimcheck.expect.RecordMode;
import org.claimcheck.expect.RobustnessStore;
import org.claimcheck.expect.SeedRobustness;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.training.RunSpec;

/**
 * Seed robustness of one claim case: the case holds for seed pair k when every one of its
 * seed-dependent relations holds on its runs retrained with both seeds shifted by k. While
 * recording, k = 0 … n−1 are judged and the count is stored in robustness.json (one entry per
 * case and backend); otherwise the stored entry is read.
 *
 * @param record whether this run records (the record mode says so and the entry is missing, or all are re-recorded)
 * @param train  trains (or reuses) a run; {@code prefetch} starts many at once
 */
record SeedRobustnessCheck(RobustnessStore store, RecordMode mode, boolean recordingEnabled, int seeds, String arithmetic,
                           Function<RunSpec, RecordedRun> train, Consumer<Collection<RunSpec>> prefetch) {

    Optional<SeedRobustness> judge(String claim, String caseId, String backend, Map<String, RunSpec> seededRuns,
                                   List<Predicate<Map<String, RecordedRun>>> relations) {
        Optional<SeedRobustness> stored = store.lookup(claim, caseId, backend);
        boolean record = recordingEnabled && (mode == RecordMode.ALL || (mode != RecordMode.OFF && stored.isEmpty()));
        if (!record || relations.isEmpty()) {
            return stored;
        }
        prefetch.accept(IntStream.range(0, seeds).boxed()
                .flatMap(k -> seededRuns.values().stream().map(spec -> spec.seedsShiftedBy(k))).toList());
        List<Integer> holdsFor = IntStream.range(0, seeds).filter(k -> {
            Map<String, RecordedRun> runs = reseeded(seededRuns, k);
            return relations.stream().allMatch(relation -> relation.test(runs));
        }).boxed().toList();
        SeedRobustness entry = new SeedRobustness(caseId, backend, arithmetic, holdsFor.size(), seeds,
                IntStream.range(0, seeds).boxed().toList(), holdsFor,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        store.write(claim, entry);
        return Optional.of(entry);
    }

    private Map<String, RecordedRun> reseeded(Map<String, RunSpec> seededRuns, int k) {
        Map<String, RecordedRun> runs = new LinkedHashMap<>();
        seededRuns.forEach((name, spec) -> runs.put(name, train.apply(spec.seedsShiftedBy(k))));
        return runs;
    }
}
