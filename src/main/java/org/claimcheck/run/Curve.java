package org.claimcheck.run;

import java.util.function.Function;

/** The per-epoch curves of a run that expected bands cover. */
public enum Curve {
    EPOCH_LOSS("epochLoss", "epoch loss (Keras History)", RecordedRun::epochLoss),
    WHOLE_DATA_LOSS("wholeDataLoss", "whole-data loss after each epoch", RecordedRun::wholeDataLoss);

    private final String key;
    private final String label;
    private final Function<RecordedRun, double[]> values;

    Curve(String key, String label, Function<RecordedRun, double[]> values) {
        this.key = key;
        this.label = label;
        this.values = values;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public double[] of(RecordedRun run) {
        return values.apply(run);
    }
}
