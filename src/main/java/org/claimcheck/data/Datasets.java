package org.claimcheck.data;

/** The data sets a run spec can name. */
public final class Datasets {
    private Datasets() {
    }

    public static Dataset load(String name) {
        return switch (name) {
            case "banknote" -> Banknote.load();
            case Regression1D.NAME -> Regression1D.generate();
            default -> throw new IllegalArgumentException("Unknown data set '" + name + "' in a run spec; known: banknote, "
                    + Regression1D.NAME);
        };
    }
}
