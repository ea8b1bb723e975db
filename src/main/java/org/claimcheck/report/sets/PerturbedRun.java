package org.claimcheck.report.sets;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.expect.RoundingEnsemble;
import org.claimcheck.run.Curve;

/**
 * A canonical run as a claim-suite run under a rounding perturbation wrote it ({@code
 * <runs>/<spec>.epochs.csv} and {@code .steps.csv}): its curves and the step where it diverged.
 *
 * @param change     what was perturbed, e.g. {@code ulp noise 3} or {@code OPENBLAS_CORETYPE=Sandybridge}
 * @param divergedAt the first step whose loss was not finite; null when none was
 */
record PerturbedRun(String change, Map<Curve, double[]> curves, Integer divergedAt) {

    RoundingEnsemble.Member member() {
        return new RoundingEnsemble.Member(change, curves, divergedAt);
    }

    /** A perturbed suite run: what it changed and where its run files are. */
    record Suite(String change, Path runs) {
        /** {@code CHANGE=RUNS_DIR}, e.g. {@code OMP_NUM_THREADS=2=reports/stability/threads-2/runs}. */
        static Suite parse(String argument) {
            int split = argument.lastIndexOf('=');
            if (split <= 0) {
                throw new IllegalArgumentException("'" + argument + "': expected CHANGE=RUNS_DIR, e.g. OMP_NUM_THREADS=2=reports/stability/threads-2/runs");
            }
            return new Suite(argument.substring(0, split), Path.of(argument.substring(split + 1)));
        }

        /** The run of {@code spec} this suite trained; empty when it did not train it. */
        Optional<PerturbedRun> run(String spec) throws IOException {
            Path epochs = runs.resolve(spec + ".epochs.csv");
            if (!Files.exists(epochs)) {
                return Optional.empty();
            }
            return Optional.of(new PerturbedRun(change, readCurves(epochs), divergedAt(runs.resolve(spec + ".steps.csv"))));
        }
    }

    static List<Suite> suites(List<String> arguments) {
        return arguments.stream().map(Suite::parse).toList();
    }

    static Map<Curve, double[]> readCurves(Path epochsCsv) throws IOException {
        List<double[]> rows = new java.util.ArrayList<>();
        try (Reader reader = Files.newBufferedReader(epochsCsv)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                rows.add(new double[] {Double.parseDouble(record.get("epoch_loss")), Double.parseDouble(record.get("whole_data_loss"))});
            }
        }
        Map<Curve, double[]> curves = new java.util.EnumMap<>(Curve.class);
        curves.put(Curve.EPOCH_LOSS, rows.stream().mapToDouble(r -> r[0]).toArray());
        curves.put(Curve.WHOLE_DATA_LOSS, rows.stream().mapToDouble(r -> r[1]).toArray());
        return curves;
    }

    private static Integer divergedAt(Path stepsCsv) throws IOException {
        if (!Files.exists(stepsCsv)) {
            throw new IOException(stepsCsv + " is missing beside its .epochs.csv: the run files of a suite run are written together");
        }
        try (Reader reader = Files.newBufferedReader(stepsCsv)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                if (!Double.isFinite(Double.parseDouble(record.get("loss")))) {
                    return Integer.parseInt(record.get("step"));
                }
            }
        }
        return null;
    }
}
