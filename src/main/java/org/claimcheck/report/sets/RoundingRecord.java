package org.claimcheck.report.sets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.RoundingEnsemble;

/**
 * Writes each expected file's rounding band and stability from claim-suite runs made with the
 * canonical seeds perturbed at the rounding level (ulp noise seeds, another kernel, two threads):
 * for every file of the given arithmetic, {@link RoundingEnsemble#measure} over the canonical run
 * each perturbed suite wrote ({@code <runs>/<spec>.epochs.csv}, {@code .steps.csv}). Run by
 * scripts/record-all after the bands.
 *
 * <p>Arguments: the expected folder, the arithmetic key (e.g. cpu-openblas-haswell), then one
 * {@code CHANGE=RUNS_DIR} per perturbed suite, e.g. {@code ulp noise 1=reports/stability/ulp-1/runs}.
 */
public final class RoundingRecord {
    private RoundingRecord() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: RoundingRecord EXPECTED_DIR KEY CHANGE=RUNS_DIR...");
        }
        List<PerturbedRun.Suite> suites = PerturbedRun.suites(List.of(args).subList(2, args.length));
        ExpectedStore store = new ExpectedStore(Path.of(args[0]));
        String measuredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Path> files = files(store, args[1]);
        int labelled = 0;
        int stable = 0;
        for (Path file : files) {
            ExpectedFile expected = store.read(file);
            Optional<List<RoundingEnsemble.Member>> members = members(suites, expected.spec());
            if (members.isEmpty()) {
                System.out.println(expected.claim() + "/" + expected.run() + ": kept as it was (" + expected.stability().label()
                        + "): the perturbed suite runs did not train it");
                continue;
            }
            ExpectedFile measured = RoundingEnsemble.measure(expected, members.get(), files.size(), measuredAt);
            store.write(file, measured);
            labelled++;
            stable += measured.stability().stable() ? 1 : 0;
            System.out.println(expected.claim() + "/" + expected.run() + ": " + measured.stability().text());
        }
        System.out.println(labelled + " of " + files.size() + " expected files given their rounding band: " + stable + " stable, "
                + (labelled - stable) + " chaotic");
    }

    static List<Path> files(ExpectedStore store, String key) throws IOException {
        try (Stream<Path> walk = Files.walk(store.root())) {
            return walk.filter(p -> p.getFileName().toString().equals(key + ".json")).sorted().toList();
        }
    }

    /** The run of {@code spec} from every suite; empty when one of them did not train it. */
    static Optional<List<RoundingEnsemble.Member>> members(List<PerturbedRun.Suite> suites, String spec) throws IOException {
        List<RoundingEnsemble.Member> members = new ArrayList<>();
        for (PerturbedRun.Suite suite : suites) {
            Optional<PerturbedRun> run = suite.run(spec);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            members.add(run.get().member());
        }
        return Optional.of(members);
    }
}
