package org.claimcheck.model;

/** The seven optimisers the course compares, by their Keras names. */
public enum Optimizer {
    SGD("sgd"), RMSPROP("rmsprop"), ADAM("adam"), ADADELTA("adadelta"), ADAGRAD("adagrad"), ADAMAX("adamax"), NADAM("nadam");

    private final String kerasName;

    Optimizer(String kerasName) {
        this.kerasName = kerasName;
    }

    public String kerasName() {
        return kerasName;
    }

    @Override
    public String toString() {
        return kerasName;
    }
}
