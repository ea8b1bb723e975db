package org.claimcheck.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One banded curve as stored, one point per line: {@code [epoch, lower, upper, canonical]} (the
 * seed band and the golden value), then, once the rounding ensemble is measured,
 * {@code roundingLower, roundingUpper}: the band another arithmetic is held to.
 */
public record ExpectedCurve(String label, List<double[]> points) {

    public static ExpectedCurve of(String label, Band band) {
        List<double[]> points = new ArrayList<>(band.size());
        for (int i = 0; i < band.size(); i++) {
            points.add(new double[] {i + 1, band.lower()[i], band.upper()[i], band.canonical()[i]});
        }
        return new ExpectedCurve(label, points);
    }

    /** The seed band, with the golden values as its canonical curve. */
    public Band band() {
        return columns(1, 2);
    }

    /** The rounding band, if measured (its canonical curve is the golden values too). */
    public Optional<Band> roundingBand() {
        return points.isEmpty() || points.get(0).length < 6 ? Optional.empty() : Optional.of(columns(4, 5));
    }

    /** This curve with its rounding band (the same points as the seed band). */
    public ExpectedCurve withRounding(Band rounding) {
        if (rounding.size() != points.size()) {
            throw new IllegalArgumentException(label + ": a rounding band of " + rounding.size() + " points for a curve of " + points.size());
        }
        List<double[]> with = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            with.add(new double[] {p[0], p[1], p[2], p[3], rounding.lower()[i], rounding.upper()[i]});
        }
        return new ExpectedCurve(label, with);
    }

    private Band columns(int lowerColumn, int upperColumn) {
        int n = points.size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] canonical = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = points.get(i);
            lower[i] = p[lowerColumn];
            upper[i] = p[upperColumn];
            canonical[i] = p[3];
        }
        return new Band(lower, upper, canonical);
    }
}
