package org.claimcheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.expect.BandOutcome;
import org.claimcheck.expect.ExpectedBands;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.RecordCommand;
import org.claimcheck.expect.SeedRobustness;
import org.claimcheck.expect.VerdictStore;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.RunCache;

/**
 * One claim case's checks, as a claim test writes them: it trains the case's runs, compares
 * every seeded run with its expected band, collects the claim's relations as {@link Finding}s,
 * and on {@link #verify()} judges the case ({@link CaseJudgement}) and keeps what its report needs
 * ({@link CaseRecord}). Test-framework free: the runner's glue begins it, acts on the judgement and writes the record's report.
 */
public final class ClaimCheck {
    private final ClaimCase claimCase;
    private final Class<?> testClass;
    private final SharedValues shared;
    private final CaseReport report;
    private final ExpectedBands expectedBands;
    private final Map<String, RecordedRun> runs = new LinkedHashMap<>();
    private final Map<String, BandOutcome> bands = new LinkedHashMap<>();
    private final Map<RunSpec, String> bandNames = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, RunSpec> trainedSpecs = new LinkedHashMap<>();
    private final List<SeedRobustnessCheck.SeedRelation> seedRelations = new ArrayList<>();
    /** The canonical numbers of each measured finding (by its number, from 1), in the order of its measures. */
    private final Map<Integer, List<Measured>> measured = new LinkedHashMap<>();
    private final List<String> filed = new ArrayList<>();
    private final Map<String, Map<String, double[]>> timings = new LinkedHashMap<>();
    private java.util.OptionalDouble threshold = java.util.OptionalDouble.empty();
    private List<String> compared = List.of();
    private CaseJudgement judgement;
    private String robustness;

    /** Begins the check of a case that runs here (the report labelled it and found no reason not to). */
    public ClaimCheck(ClaimCase claimCase, Class<?> testClass, SharedValues shared, CaseReport report) {
        this.claimCase = claimCase;
        this.testClass = testClass;
        this.shared = shared;
        this.report = report;
        this.expectedBands = ExpectedBands.fromSystemProperties(MachineInfo.current(), RunCache.trainer());
    }

    /** A value measured once per JVM (a timing, a range test) and shared by every case that asks for it. */
    public <T> T once(Class<T> type, Supplier<T> compute) {
        return shared.once(type.getName(), type, compute);
    }

    /** Trains (or reuses) the named runs; their bands are stored under this claim. */
    public Map<String, RecordedRun> train(Map<String, RunSpec> specs) {
        return train(claimCase.claim().id(), specs);
    }

    /** Trains (or reuses) the named runs whose bands another claim owns (claims that share runs share bands). */
    public Map<String, RecordedRun> train(String bandOwner, Map<String, RunSpec> specs) {
        Map<String, RecordedRun> trained = new LinkedHashMap<>();
        RunCache.prefetch(specs.values());
        specs.forEach((name, spec) -> {
            trained.put(name, add(bandOwner, name, RunCache.get(spec)));
            if (spec.fullySeeded()) {
                trainedSpecs.put(name, spec);
            }
        });
        return trained;
    }

    /** Adds a run trained elsewhere (a fresh JVM, a timing loop); a rerun of a spec already added is checked against that spec's band. */
    public RecordedRun add(String bandOwner, String name, RecordedRun run) {
        filed.add(name);
        runs.put(name, run);
        if (run.spec().fullySeeded()) {
            String bandName = bandNames.computeIfAbsent(run.spec(), spec -> name);
            BandOutcome outcome = expectedBands.check(bandOwner, bandName, run, new RecordCommand(testClass.getSimpleName()));
            bands.put(name, outcome);
            report.parameter("expected file: " + name, outcome.describe(ExpectedStore.fromSystemProperty().root()));
        }
        return run;
    }

    /** Adds a run whose seeds stand for a generator nobody fixed (a "draw"): reported, but no band exists for arbitrary seeds. */
    public RecordedRun addDraw(String name, RecordedRun run) {
        runs.put(name, run);
        return run;
    }

    /**
     * A relation that depends on the seeded runs: judged on {@code runs}, and with the case's others
     * on other seeds (seed robustness). Its evidence is its measures' numbers, which are recorded on
     * each of those seeds too.
     */
    public ClaimCheck expect(String sentence, Predicate<Map<String, RecordedRun>> relation, Map<String, RecordedRun> runs, Measure... measures) {
        if (measures.length == 0) {
            throw new IllegalArgumentException("'" + sentence + "' names no Measure: its evidence is the numbers it reads");
        }
        List<Measured> numbers = java.util.Arrays.stream(measures).map(m -> new Measured(m.metric(), m.numbers().apply(runs))).toList();
        expect(sentence, relation.test(runs), Measured.evidence(numbers, (metric, label) -> List.of()));
        seedRelations.add(new SeedRobustnessCheck.SeedRelation(findings.size(), List.copyOf(runs.keySet()), relation, List.of(measures)));
        measured.put(findings.size(), numbers);
        return this;
    }

    /** Records one relation of the claim, in the words a reader recognises, with the numbers behind it. */
    public ClaimCheck expect(String sentence, boolean holds, String evidence) {
        findings.add(new Finding(sentence, holds, evidence));
        return this;
    }

    /** What the case's chart must show: the threshold τ its sentence names, and the runs it compares (drawn over the others). */
    public ClaimCheck chartFocus(double tau, String... comparedRuns) {
        this.threshold = java.util.OptionalDouble.of(tau);
        this.compared = List.of(comparedRuns);
        return this;
    }

    public ClaimCheck attachChart(String name, byte[] png) {
        report.png(name, png);
        return this;
    }

    /** Timing samples (one per round and configuration) as a box chart and a per-round table. */
    public ClaimCheck attachTimings(String name, Map<String, double[]> secondsPerRound) {
        timings.put(name, secondsPerRound);
        return this;
    }

    public ClaimCheck attachCsv(String name, String csv) {
        report.csv(name, csv);
        return this;
    }

    /** Judges the case (once; later calls return the same judgement). */
    public CaseJudgement verify() {
        if (judgement == null) {
            if (!seedRelations.isEmpty()) {
                Optional<SeedRobustness> entry = SeedRobustnessCheck.fromSystemProperties(MachineInfo.current().key())
                        .judge(claimCase.claim().id(), claimCase.caseId(), claimCase.backend().id(), trainedSpecs, seedRelations);
                robustness = SeedRobustnessCheck.describe(entry, new RecordCommand(testClass.getSimpleName()).missing());
                entry.ifPresent(this::showSeedNumbers);
            } else {
                robustness = "";
            }
            report.parameter("seed robustness", robustness);
            VerdictStore verdicts = VerdictStore.fromSystemProperty();
            judgement = CaseJudgement.of(claimCase, findings, bands.values(),
                    verdicts.lookup(claimCase.claim().id(), claimCase.caseId(), claimCase.backend().id()),
                    CaseJudgement.strictFromSystemProperty(), verdicts);
            report.parameter("verdict", judgement.verdictText());
            report.tag(judgement.observed().toString());
        }
        return judgement;
    }

    /** Each measured finding's numbers with the seeds' median and range beside them. */
    private void showSeedNumbers(SeedRobustness entry) {
        measured.forEach((finding, numbers) -> {
            Finding canonical = findings.get(finding - 1);
            String evidence = Measured.evidence(numbers, (metric, label) -> entry.values(finding, metric, label).orElse(List.of()));
            findings.set(finding - 1, new Finding(canonical.sentence(), canonical.holds(), evidence));
        });
    }

    /** What the judged case leaves for its report. */
    public CaseRecord record() {
        return new CaseRecord(claimCase, new LinkedHashMap<>(runs), List.copyOf(filed), new LinkedHashMap<>(bands), List.copyOf(findings),
                new LinkedHashMap<>(timings), robustness, verify(), threshold, compared);
    }

    public ClaimCase claimCase() {
        return claimCase;
    }

    /** The case, as the report lists the method's parameters. */
    @Override
    public String toString() {
        return claimCase.toString();
    }
}
