package org.claimcheck.report.sets;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.GoldenComparison;
import org.claimcheck.expect.GoldenValues;
import org.claimcheck.run.Curve;

/**
 * What another OpenBLAS kernel would do to the golden values: for every expected file of the
 * pinned arithmetic, the canonical run's curves as each kernel's suite run wrote them
 * ({@code <dir>/<Kernel>/runs/<spec>.epochs.csv}), compared point by point with the golden
 * values, and the median step time of the run under each kernel. Run by scripts/kernel-survey.
 *
 * <p>Arguments: the expected folder, the pinned arithmetic key (e.g. cpu-openblas-haswell), the
 * folder holding one sub-folder per kernel, and where to write the table (markdown).
 */
public final class KernelSurvey {
    private KernelSurvey() {
    }

    record Golden(String name, String spec, Map<Curve, double[]> curves) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: KernelSurvey EXPECTED_DIR PINNED_KEY KERNELS_DIR OUT_FILE");
        }
        List<Golden> golden = golden(Path.of(args[0]), args[1]);
        Path kernelsDir = Path.of(args[2]);
        List<Path> kernels;
        try (Stream<Path> dirs = Files.list(kernelsDir)) {
            kernels = dirs.filter(d -> Files.isDirectory(d.resolve("runs"))).sorted().toList();
        }
        if (kernels.isEmpty()) {
            throw new IllegalArgumentException(kernelsDir + " holds no <Kernel>/runs folder: run scripts/kernel-survey first");
        }
        String table = table(golden, kernels, args[1]);
        Files.writeString(Path.of(args[3]), table);
        System.out.println(table);
    }

    static List<Golden> golden(Path expectedDir, String key) throws IOException {
        ExpectedStore store = new ExpectedStore(expectedDir);
        List<Golden> golden = new ArrayList<>();
        try (Stream<Path> files = Files.walk(expectedDir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals(key + ".json")).sorted().toList()) {
                ExpectedFile expected = store.read(file);
                golden.add(new Golden(expected.claim() + "/" + expected.run(), expected.spec(), expected.goldenValues()));
            }
        }
        return golden;
    }

    static String table(List<Golden> golden, List<Path> kernels, String pinnedKey) throws IOException {
        StringBuilder text = new StringBuilder("# Golden values under other OpenBLAS kernels\n\nEach cell: the canonical run under that kernel against"
                + " the golden values recorded with `" + pinnedKey + "` — `identical` (bit for bit), or how far apart at most (log10 decades)"
                + " and the first differing epoch; then the run's median step time in ms.\n\n| run |");
        kernels.forEach(k -> text.append(' ').append(k.getFileName()).append(" |"));
        text.append("\n|---|").append("---|".repeat(kernels.size())).append('\n');
        Map<String, int[]> identicalPerKernel = new TreeMap<>();
        Map<String, Double> worstPerKernel = new TreeMap<>();
        for (Golden run : golden) {
            text.append("| ").append(run.name()).append(" |");
            for (Path kernel : kernels) {
                String name = kernel.getFileName().toString();
                Path epochs = kernel.resolve("runs").resolve(run.spec() + ".epochs.csv");
                int[] counts = identicalPerKernel.computeIfAbsent(name, k -> new int[2]);
                if (!Files.exists(epochs)) {
                    text.append(" not run |");
                    continue;
                }
                GoldenComparison comparison = GoldenValues.compareCurves(run.curves(), readCurves(epochs), List.of());
                counts[1]++;
                if (comparison.identicalCurves()) {
                    counts[0]++;
                }
                worstPerKernel.merge(name, comparison.maxDecades(), Math::max);
                text.append(' ').append(comparison.identicalCurves() ? "identical"
                        : String.format(Locale.ROOT, "%.2g dec (epoch %d)", comparison.maxDecades(), comparison.epoch()));
                text.append(String.format(Locale.ROOT, ", %.2f ms |", medianStepMillis(kernel.resolve("runs").resolve(run.spec() + ".timings.csv"))));
            }
            text.append('\n');
        }
        text.append("\n| kernel | runs identical to the golden values | largest distance (decades) |\n|---|---|---|\n");
        identicalPerKernel.forEach((kernel, counts) -> text.append("| ").append(kernel).append(" | ").append(counts[0]).append(" of ")
                .append(counts[1]).append(" | ").append(String.format(Locale.ROOT, "%.3g", worstPerKernel.getOrDefault(kernel, 0.0))).append(" |\n"));
        return text.toString();
    }

    static Map<Curve, double[]> readCurves(Path epochsCsv) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(epochsCsv)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                rows.add(new double[] {Double.parseDouble(record.get("epoch_loss")), Double.parseDouble(record.get("whole_data_loss"))});
            }
        }
        Map<Curve, double[]> curves = new LinkedHashMap<>();
        curves.put(Curve.EPOCH_LOSS, rows.stream().mapToDouble(r -> r[0]).toArray());
        curves.put(Curve.WHOLE_DATA_LOSS, rows.stream().mapToDouble(r -> r[1]).toArray());
        return new EnumMap<>(curves);
    }

    static double medianStepMillis(Path timingsCsv) throws IOException {
        if (!Files.exists(timingsCsv)) {
            return Double.NaN;
        }
        try (Reader reader = Files.newBufferedReader(timingsCsv)) {
            double[] nanos = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).stream()
                    .mapToDouble(r -> Double.parseDouble(r.get("step_nanos"))).toArray();
            return new Median().evaluate(nanos) / 1e6;
        }
    }
}
