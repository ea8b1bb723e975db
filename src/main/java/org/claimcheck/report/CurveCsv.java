package org.claimcheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimcheck.expect.Band;
import org.claimcheck.run.Curve;
import org.claimcheck.run.RecordedRun;

/**
 * The numbers behind a chart as CSV. Doubles are written with {@link Double#toString}, which
 * round-trips exactly, so two runs' files can be compared byte for byte.
 */
public final class CurveCsv {
    private CurveCsv() {
    }

    /** One row per run and epoch, with the run's bands where it has them. */
    public static String epochs(Map<String, RecordedRun> runs, Map<String, Map<Curve, Band>> bands) {
        return print(List.of("run", "epoch", "epoch_loss", "epoch_loss_lower", "epoch_loss_upper", "whole_data_loss",
                "whole_data_loss_lower", "whole_data_loss_upper", "epoch_seconds"), printer -> {
            for (var entry : runs.entrySet()) {
                RecordedRun run = entry.getValue();
                Map<Curve, Band> runBands = bands.getOrDefault(entry.getKey(), Map.of());
                double[] epochLoss = run.epochLoss();
                double[] wholeDataLoss = run.wholeDataLoss();
                long[] epochNanos = run.epochNanos();
                for (int i = 0; i < run.epochsCompleted(); i++) {
                    printer.printRecord(entry.getKey(), i + 1, epochLoss[i], limit(runBands, Curve.EPOCH_LOSS, i, true),
                            limit(runBands, Curve.EPOCH_LOSS, i, false), wholeDataLoss[i],
                            limit(runBands, Curve.WHOLE_DATA_LOSS, i, true), limit(runBands, Curve.WHOLE_DATA_LOSS, i, false),
                            epochNanos[i] / 1e9);
                }
            }
        });
    }

    /** The loss curves alone, one row per epoch: identical bit for bit for the same seed, backend and machine. */
    public static String epochLosses(RecordedRun run) {
        return print(List.of("epoch", "epoch_loss", "whole_data_loss"), printer -> {
            double[] epochLoss = run.epochLoss();
            double[] wholeDataLoss = run.wholeDataLoss();
            for (int i = 0; i < run.epochsCompleted(); i++) {
                printer.printRecord(i + 1, epochLoss[i], wholeDataLoss[i]);
            }
        });
    }

    /** The minibatch loss of every step. */
    public static String stepLosses(RecordedRun run) {
        return print(List.of("step", "loss"), printer -> {
            double[] stepLoss = run.stepLoss();
            for (int i = 0; i < stepLoss.length; i++) {
                printer.printRecord(i + 1, stepLoss[i]);
            }
        });
    }

    /** Wall time of every step, which varies from run to run and so lives apart from the curves. */
    public static String stepTimes(RecordedRun run) {
        return print(List.of("step", "step_nanos"), printer -> {
            long[] stepNanos = run.stepNanos();
            for (int i = 0; i < stepNanos.length; i++) {
                printer.printRecord(i + 1, stepNanos[i]);
            }
        });
    }

    /** A plain table: a header and rows. */
    public static String table(List<String> header, List<List<Object>> rows) {
        return print(header, printer -> {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        });
    }

    private static String limit(Map<Curve, Band> bands, Curve curve, int i, boolean lower) {
        Band band = bands.get(curve);
        if (band == null || i >= band.size()) {
            return "";
        }
        return String.valueOf(lower ? band.lower()[i] : band.upper()[i]);
    }

    interface Rows {
        void write(CSVPrinter printer) throws IOException;
    }

    private static String print(List<String> header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).build().print(out)) {
            rows.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
