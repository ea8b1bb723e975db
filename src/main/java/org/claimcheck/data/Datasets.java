package org.claimcheck.data;

import java.util.List;

/** The data sets a run spec can name. */
public final class Datasets {
    public static final List<String> NAMES = List.of("banknote", Regression1D.NAME, Mnist.TRAIN, Mnist.HELD_OUT,
            Synthetic.NNBP_REGRESSION, Synthetic.CIRCLES, Synthetic.TWO_GAUSSIANS, Synthetic.NOISY_LINE);

    private Datasets() {
    }

    private static final java.util.Map<String, Dataset> GENERATED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The named set; a synthetic one is generated once per JVM (the loaders cache their files themselves). */
    public static Dataset load(String name) {
        return switch (name) {
            case "banknote" -> Banknote.load();
            case Regression1D.NAME -> GENERATED.computeIfAbsent(name, k -> Regression1D.generate());
            case Mnist.TRAIN -> Mnist.train();
            case Mnist.HELD_OUT -> Mnist.heldOut();
            case Synthetic.NNBP_REGRESSION -> GENERATED.computeIfAbsent(name, k -> Synthetic.nnbpRegression());
            case Synthetic.CIRCLES -> GENERATED.computeIfAbsent(name, k -> Synthetic.circles());
            case Synthetic.TWO_GAUSSIANS -> GENERATED.computeIfAbsent(name, k -> Synthetic.twoGaussians());
            case Synthetic.NOISY_LINE -> GENERATED.computeIfAbsent(name, k -> Synthetic.noisyLine());
            default -> throw new IllegalArgumentException("Unknown data set '" + name + "' in a run spec; known: " + NAMES);
        };
    }
}
