package org.claimcheck.expect;

import java.util.List;

/**
 * One banded curve as stored: one point per line, {@code [epoch, lower, upper, canonical]}.
 */
public record ExpectedCurve(String label, List<double[]> points) {

    public static ExpectedCurve of(String label, Band band) {
        List<double[]> points = new java.util.ArrayList<>(band.size());
        for (int i = 0; i < band.size(); i++) {
            points.add(new double[] {i + 1, band.lower()[i], band.upper()[i], band.canonical()[i]});
        }
        return new ExpectedCurve(label, points);
    }

    public Band band() {
        int n = points.size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] canonical = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = points.get(i);
            lower[i] = p[1];
            upper[i] = p[2];
            canonical[i] = p[3];
        }
        return new Band(lower, upper, canonical);
    }
}
