package org.claimcheck.report.sets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.GoldenValues;
import org.claimcheck.expect.Stability;

/**
 * Writes each expected file's stability label from claim-suite runs made with the canonical
 * seeds perturbed at the rounding level: for every file of the given arithmetic, the largest
 * distance (in decades) between its golden values and the canonical run each perturbed suite
 * wrote ({@code <runs>/<spec>.epochs.csv}). Run by scripts/record-all after the bands.
 *
 * <p>Arguments: the expected folder, the arithmetic key (e.g. cpu-openblas-haswell), then one
 * {@code CHANGE=RUNS_DIR} per perturbation, e.g. {@code OPENBLAS_CORETYPE=Sandybridge=reports/stability/sandybridge/runs}.
 */
public final class StabilityRecord {
    private StabilityRecord() {
    }

    record Perturbed(String change, Path runs) {
        static Perturbed parse(String argument) {
            int split = argument.lastIndexOf('=');
            if (split <= 0 || !argument.substring(0, split).contains("=")) {
                throw new IllegalArgumentException("'" + argument + "': expected CHANGE=RUNS_DIR, e.g. OMP_NUM_THREADS=2=reports/stability/threads-2/runs");
            }
            return new Perturbed(argument.substring(0, split), Path.of(argument.substring(split + 1)));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: StabilityRecord EXPECTED_DIR KEY CHANGE=RUNS_DIR...");
        }
        List<Perturbed> perturbed = Stream.of(args).skip(2).map(Perturbed::parse).toList();
        ExpectedStore store = new ExpectedStore(Path.of(args[0]));
        String measuredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(store.root())) {
            files = walk.filter(p -> p.getFileName().toString().equals(args[1] + ".json")).sorted().toList();
        }
        int stable = 0;
        int labelled = 0;
        for (Path file : files) {
            ExpectedFile expected = store.read(file);
            if (perturbed.stream().anyMatch(p -> !Files.exists(p.runs().resolve(expected.spec() + ".epochs.csv")))) {
                System.out.println(expected.claim() + "/" + expected.run() + ": kept as it was (" + expected.stability().label()
                        + "): the perturbed suite runs did not train it");
                continue;
            }
            labelled++;
            Stability stability = Stability.measured(perturbations(expected, perturbed), measuredAt);
            store.write(file, expected.withStability(stability));
            stable += stability.stable() ? 1 : 0;
            System.out.println(expected.claim() + "/" + expected.run() + ": " + stability.text());
        }
        System.out.println(labelled + " of " + files.size() + " expected files labelled: " + stable + " stable, " + (labelled - stable) + " chaotic");
    }

    static List<Stability.Perturbation> perturbations(ExpectedFile expected, List<Perturbed> perturbed) throws IOException {
        List<Stability.Perturbation> measured = new ArrayList<>();
        for (Perturbed p : perturbed) {
            Path epochs = p.runs().resolve(expected.spec() + ".epochs.csv");
            double drift = GoldenValues.compareCurves(expected.goldenValues(), KernelSurvey.readCurves(epochs), List.of()).maxDecades();
            measured.add(new Stability.Perturbation(p.change(), Double.isFinite(drift) ? drift : Double.MAX_VALUE));
        }
        return measured;
    }
}
