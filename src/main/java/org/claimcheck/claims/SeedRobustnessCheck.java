package org.claimcheck.claims;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.claimcheck.env.Property;
import org.claimcheck.expect.RecordMode;
import org.claimcheck.expect.RobustnessStore;
import org.claimcheck.expect.SeedNumbers;
import org.claimcheck.expect.SeedRobustness;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.RunCache;

/**
 * Seed robustness of one claim case: the case holds for seed pair k when every one of its
 * seed-dependent relations holds on its runs retrained with both seeds shifted by k. While
 * recording, k = 0 … n−1 are judged, and the count and each relation's numbers on every k are
 * stored in robustness.json (one entry per case and backend); otherwise the stored entry is read.
 *
 * @param record whether this run records (the record mode says so and the entry is missing, or all are re-recorded)
 * @param train  trains (or reuses) a run; {@code prefetch} starts many at once
 */
public record SeedRobustnessCheck(RobustnessStore store, RecordMode mode, Optional<Instant> since, boolean recordingEnabled, int seeds, String arithmetic,
                           Function<RunSpec, RecordedRun> train, Consumer<Collection<RunSpec>> prefetch) {

    public static final String SEEDS_PROPERTY = "claimcheck.robustness.seeds";
    public static final int MIN_SEEDS = 10;
    /** -Dclaimcheck.robustness.record=false records bands without the (longer) seed-robustness runs. */
    public static final String RECORD_PROPERTY = "claimcheck.robustness.record";

    static SeedRobustnessCheck fromSystemProperties(String arithmetic) {
        RecordMode mode = RecordMode.fromSystemProperty();
        boolean enabled = Property.bool(RECORD_PROPERTY, true);
        return new SeedRobustnessCheck(new RobustnessStore(org.claimcheck.expect.ExpectedStore.fromSystemProperty()), mode,
                RecordMode.sinceFromSystemProperty(), enabled,
                enabled && mode != RecordMode.OFF ? seedsFromSystemProperty() : MIN_SEEDS, arithmetic, RunCache::get, RunCache::prefetch);
    }

    /** The case's robustness in words, from its entry: "9/10 seeds (cpu-openblas-haswell)". */
    static String describe(Optional<SeedRobustness> entry, String howToRecord) {
        return entry.map(r -> r.fraction() + " (" + r.arithmetic() + ")").orElse("not recorded: run " + howToRecord);
    }

    /** -Dclaimcheck.robustness.seeds: seed pairs per entry when recording (at least {@value #MIN_SEEDS}). */
    public static int seedsFromSystemProperty() {
        return Property.atLeast(SEEDS_PROPERTY, MIN_SEEDS, MIN_SEEDS, "seed pairs per robustness entry");
    }

    /** The case's entry: recorded first where this run records, with every relation's numbers on every seed pair. */
    Optional<SeedRobustness> judge(String claim, String caseId, String backend, Map<String, RunSpec> seededRuns, List<SeedRelation> relations) {
        Optional<SeedRobustness> stored = store.lookup(claim, caseId, backend);
        boolean resumed = stored.isPresent() && RecordMode.recordedSince(stored.get().recorded(), since);
        boolean complete = stored.isPresent() && relations.stream().allMatch(relation -> relation.numbersIn(stored.get()));
        boolean record = recordingEnabled && ((mode == RecordMode.ALL && !resumed) || (mode != RecordMode.OFF && !complete));
        if (!record || relations.isEmpty()) {
            return stored;
        }
        prefetch.accept(IntStream.range(0, seeds).boxed()
                .flatMap(k -> seededRuns.values().stream().map(spec -> spec.seedsShiftedBy(k))).toList());
        List<Integer> holdsFor = new ArrayList<>();
        Map<NumberKey, List<Double>> numbers = new LinkedHashMap<>();
        for (int k = 0; k < seeds; k++) {
            Map<String, RecordedRun> runs = reseeded(seededRuns, k);
            if (relations.stream().allMatch(relation -> relation.holds().test(runs))) {
                holdsFor.add(k);
            }
            for (SeedRelation relation : relations) {
                for (Measure measure : relation.measures()) {
                    measure.numbers().apply(relation.compared(runs)).forEach((label, value) ->
                            numbers.computeIfAbsent(new NumberKey(relation.finding(), measure.metric(), label), key -> new ArrayList<>()).add(value));
                }
            }
        }
        SeedRobustness entry = new SeedRobustness(caseId, backend, arithmetic, holdsFor.size(), seeds,
                IntStream.range(0, seeds).boxed().toList(), holdsFor,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(),
                numbers.entrySet().stream().map(e -> new SeedNumbers(e.getKey().finding(), e.getKey().metric(), e.getKey().label(),
                        List.copyOf(e.getValue()))).toList());
        store.write(claim, entry);
        return Optional.of(entry);
    }

    /** Which number of which finding a value on one seed pair belongs to. */
    private record NumberKey(int finding, String metric, String label) {
    }

    /**
     * A relation that depends on the seeded runs, as the case stated it.
     *
     * @param finding  its finding, counting from 1 in the case's order
     * @param compared the runs it was stated on (its measures read these)
     * @param holds    the relation
     * @param measures the numbers it reads
     */
    record SeedRelation(int finding, List<String> compared, Predicate<Map<String, RecordedRun>> holds, List<Measure> measures) {

        Map<String, RecordedRun> compared(Map<String, RecordedRun> runs) {
            return Measure.only(runs, compared);
        }

        /** Whether the entry has the numbers of each of this relation's measures (one recorded before numbers were kept, or before a measure was added or reworded, has not). */
        boolean numbersIn(SeedRobustness entry) {
            return measures.stream().allMatch(m -> entry.numbers().stream().anyMatch(n -> n.finding() == finding && n.metric().equals(m.metric())));
        }
    }

    private Map<String, RecordedRun> reseeded(Map<String, RunSpec> seededRuns, int k) {
        Map<String, RecordedRun> runs = new LinkedHashMap<>();
        seededRuns.forEach((name, spec) -> runs.put(name, train.apply(spec.seedsShiftedBy(k))));
        return runs;
    }
}
