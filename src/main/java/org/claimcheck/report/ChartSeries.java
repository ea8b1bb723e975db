package org.claimcheck.report;

/**
 * One line of a chart, optionally with its expected band. Point i is plotted at x = i + 1.
 *
 * @param lower null when the series has no band
 */
public record ChartSeries(String name, double[] values, double[] lower, double[] upper) {

    public static ChartSeries line(String name, double[] values) {
        return new ChartSeries(name, values, null, null);
    }

    public boolean banded() {
        return lower != null;
    }
}
