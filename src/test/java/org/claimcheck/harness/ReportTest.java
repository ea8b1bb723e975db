package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.expect.Band;
import org.claimcheck.report.ChartSeries;
import org.claimcheck.report.Charts;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.Curve;
import org.claimcheck.run.RecordedRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The report's CSV and PNG writers, on made-up runs. */
@Tag("harness")
class ReportTest {

    @Test
    void aLossAxisSpanningDecadesIsLabelledAtWholeDecadesWithMinorTicksBetween() {
        var axis = org.claimcheck.report.Charts.logAxis("loss", 0.0004, 0.7);
        assertEquals(1.0, axis.getTickUnit().getSize(), "one tick per decade (the unit is in log10)");
        assertEquals(9, axis.getMinorTickCount());
        assertEquals("0.01", axis.getNumberFormatOverride().format(0.01));
        assertEquals("0.0001", axis.getNumberFormatOverride().format(1e-4));
        var narrow = org.claimcheck.report.Charts.logAxis("loss", 0.3, 0.7);
        assertEquals("0.63", narrow.getNumberFormatOverride().format(0.63), "less than a decade: the axis picks its ticks");
    }

    @Test
    void curveCsvRoundTripsEveryDoubleExactly() throws IOException {
        RecordedRun run = SyntheticRuns.run(SyntheticRuns.SPEC, 3, epoch -> 1.0 / 3 / epoch);
        Band band = new Band(new double[] {0.1, 0.1, 0.1}, new double[] {0.5, 0.5, 0.5}, new double[] {0.3, 0.2, 0.1});
        String csv = CurveCsv.epochs(Map.of("adam", run), Map.of("adam", Map.of(Curve.EPOCH_LOSS, band)));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(3, rows.size());
        assertEquals(run.epochLoss()[1], Double.parseDouble(rows.get(1).get("epoch_loss")));
        assertEquals("0.5", rows.get(2).get("epoch_loss_upper"));
        assertEquals("", rows.get(0).get("whole_data_loss_lower"), "no band for that curve");
    }

    @Test
    void chartsAreReadablePngs() throws IOException {
        double[] loss = {0.7, 0.3, 0.1, 0.05};
        byte[] curves = Charts.curves("title", "epoch", "loss", List.of(
                new ChartSeries("banded", loss, new double[] {0.6, 0.2, 0.05, 0.02}, new double[] {0.8, 0.4, 0.2, 0.1}),
                ChartSeries.line("plain", new double[] {0.6, Double.NaN, 0.0, 0.01})));
        byte[] boxes = Charts.boxes("title", "seconds", Map.of("a", List.of(1.0, 1.1, 1.2), "b", List.of(2.0, 2.1)));
        byte[] bars = Charts.bars("title", "parameters", Map.of("layer 0", 30, "layer 1", 42));
        for (byte[] png : List.of(curves, boxes, bars)) {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            assertTrue(image.getWidth() >= 800 && image.getHeight() >= 480);
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            int background = image.getRGB(0, 0);
            long drawn = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y);
                    colours.add(rgb);
                    drawn += rgb == background ? 0 : 1;
                }
            }
            assertTrue(colours.size() >= 8, "a chart with axes, text and series has more than " + colours.size() + " colours");
            assertTrue(drawn > image.getWidth() * image.getHeight() / 4 / 50, "more than 2 % of the picture is drawn: " + drawn);
        }
    }

    /** Issue 21: the chart shows what the sentence reads: τ as a line, where the compared runs reach it, and those runs on top. */
    @Test
    void aFocusedChartDrawsTauAndTheComparedRunsOverTheOthers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws IOException {
        java.util.List<org.claimcheck.report.ChartSeries> series = new java.util.ArrayList<>();
        String[] names = {"sgd", "rmsprop", "adam", "adadelta", "adagrad", "adamax", "nadam"};
        for (int k = 0; k < names.length; k++) {
            double rate = 0.02 + 0.012 * k;
            double[] loss = new double[100];
            double[] lower = new double[100];
            double[] upper = new double[100];
            for (int e = 0; e < 100; e++) {
                loss[e] = 0.7 * Math.exp(-rate * 3 * (e + 1));
                lower[e] = loss[e] / 1.3;
                upper[e] = loss[e] * 1.3;
            }
            series.add(new org.claimcheck.report.ChartSeries(names[k], loss, lower, upper));
        }
        byte[] png = Charts.curves("L13-OPT · nadam reaches τ before sgd · cpu", "epoch", "epoch loss", series,
                new org.claimcheck.report.ChartFocus(java.util.OptionalDouble.of(0.01), List.of("nadam", "sgd")));
        java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "claimcheck-focused-chart.png"), png);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertTrue(image.getWidth() > 0);
    }
}
