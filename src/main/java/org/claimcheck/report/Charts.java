package org.claimcheck.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** PNG charts for the report: loss curves with their expected bands, and timing distributions. */
public final class Charts {
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    private Charts() {
    }

    /**
     * Curves against epoch (or step) on a log10 loss axis, each band shaded in its line's colour
     * and each point outside its band marked with a red cross; ticks at whole decades (1, 0.1,
     * 0.01, with nine minor ticks between) where the curves span at least one.
     */
    public static byte[] curves(String title, String xLabel, String yLabel, List<ChartSeries> series) {
        return curves(title, xLabel, yLabel, series, ChartFocus.NONE);
    }

    /**
     * The same, with the claim's focus: τ as a dashed line with a circle where each compared run
     * first reaches it, and the compared runs drawn last (over the others) with a thicker line.
     */
    public static byte[] curves(String title, String xLabel, String yLabel, List<ChartSeries> unordered, ChartFocus focus) {
        List<ChartSeries> series = new java.util.ArrayList<>(unordered.stream().filter(s -> !focus.emphasises(s.name())).toList());
        series.addAll(unordered.stream().filter(s -> focus.emphasises(s.name())).toList());
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYSeries outside = new XYSeries("outside its band", false, true);
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (ChartSeries s : series) {
            YIntervalSeries points = new YIntervalSeries(s.name() + (s.banded() ? " (band shaded)" : ""), false, true);
            for (int i = 0; i < s.values().length; i++) {
                double y = s.values()[i];
                if (!(y > 0) || !Double.isFinite(y)) {
                    continue;
                }
                boolean inBand = s.banded() && i < s.lower().length;
                points.add(i + 1, y, inBand ? s.lower()[i] : y, inBand ? s.upper()[i] : y);
                if (inBand && (y < s.lower()[i] || y > s.upper()[i])) {
                    outside.add(i + 1, y);
                }
                low = Math.min(low, inBand ? Math.min(y, s.lower()[i]) : y);
                high = Math.max(high, inBand ? Math.max(y, s.upper()[i]) : y);
            }
            data.addSeries(points);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        boolean focused = !focus.compared().isEmpty();
        for (int i = 0; i < series.size(); i++) {
            Color colour = PALETTE[unordered.indexOf(series.get(i)) % PALETTE.length];
            boolean emphasised = focus.emphasises(series.get(i).name());
            renderer.setSeriesPaint(i, focused && !emphasised ? new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110) : colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, new BasicStroke(focused ? (emphasised ? 2.6f : 1.0f) : 1.6f));
        }
        renderer.setAlpha(0.18f);
        NumberAxis steps = new NumberAxis(xLabel);
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // epochs and steps are counted: no 2.5th epoch
        XYPlot plot = new XYPlot(data, steps, logAxis(yLabel, low, high), renderer);
        if (outside.getItemCount() > 0) {
            XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
            marks.setSeriesPaint(0, Color.RED);
            marks.setSeriesShape(0, ShapeUtils.createDiagonalCross(4, 0.8f));
            plot.setDataset(1, new XYSeriesCollection(outside));
            plot.setRenderer(1, marks);
        }
        focus.threshold().ifPresent(tau -> markThreshold(plot, tau, series, focus));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeMinorGridlinesVisible(true);
        plot.setRangeMinorGridlinePaint(new Color(0xeeeeee));
        return png(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), 1000, 560);
    }

    /** τ as a dashed line, and a circle where each compared run (every run, where none is named) first reaches it. */
    private static void markThreshold(XYPlot plot, double tau, List<ChartSeries> series, ChartFocus focus) {
        org.jfree.chart.plot.ValueMarker line = new org.jfree.chart.plot.ValueMarker(tau, Color.DARK_GRAY,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        line.setLabel("τ = " + tau);
        line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(line);
        XYSeries reached = new XYSeries("first reaches τ", false, true);
        for (ChartSeries s : series) {
            if (!focus.compared().isEmpty() && !focus.emphasises(s.name())) {
                continue;
            }
            for (int i = 0; i < s.values().length; i++) {
                if (s.values()[i] <= tau) {
                    reached.add(i + 1, s.values()[i]);
                    break;
                }
            }
        }
        if (reached.getItemCount() > 0) {
            XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
            marks.setSeriesPaint(0, Color.BLACK);
            marks.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
            marks.setSeriesShapesFilled(0, false);
            int index = plot.getDatasetCount();
            plot.setDataset(index, new XYSeriesCollection(reached));
            plot.setRenderer(index, marks);
        }
    }

    /** A log10 axis; whole decades as ticks, labelled 1, 0.1, 0.01, where the values span at least one. */
    public static LogAxis logAxis(String label, double low, double high) {
        LogAxis axis = new LogAxis(label + " (log scale)");
        axis.setSmallestValue(1e-12);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0.############", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        if (high > 0 && low > 0 && Math.log10(high) - Math.log10(low) >= 1) {
            axis.setTickUnit(new NumberTickUnit(1));
            axis.setMinorTickCount(9);
            axis.setMinorTickMarksVisible(true);
        }
        return axis;
    }

    /** One box per group (e.g. seconds per training of each architecture). */
    public static byte[] boxes(String title, String valueLabel, Map<String, List<Double>> groups) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        groups.forEach((name, values) -> data.add(values, valueLabel, name));
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setMeanVisible(false);
        renderer.setSeriesPaint(0, PALETTE[0]);
        NumberAxis valueAxis = new NumberAxis(valueLabel);
        valueAxis.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(), valueAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        return png(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), 900, 520);
    }

    /** One bar per category (e.g. parameters per model). */
    public static byte[] bars(String title, String valueLabel, Map<String, ? extends Number> values) {
        org.jfree.data.category.DefaultCategoryDataset data = new org.jfree.data.category.DefaultCategoryDataset();
        values.forEach((name, value) -> data.addValue(value, valueLabel, name));
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(title, "", valueLabel, data);
        chart.removeLegend();
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        return png(chart, 800, 480);
    }

    /** The chart as a PNG on a white background. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
