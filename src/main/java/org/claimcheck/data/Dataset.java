package org.claimcheck.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** A small in-memory data set: one row of features and one row of targets per example. */
public record Dataset(String name, Task task, double[][] features, double[][] targets) {

    /** What the targets are, which decides the output layer and the loss. */
    public enum Task {
        /** 0/1 labels: sigmoid output, binary cross-entropy. */
        BINARY,
        /** real targets: identity output, mean squared error. */
        REGRESSION,
        /** one-hot classes: softmax output, cross-entropy. */
        MULTICLASS
    }

    public int size() {
        return features.length;
    }

    public int inputs() {
        return features[0].length;
    }

    public int outputs() {
        return targets[0].length;
    }

    /** The rows at the given indices, in that order, as an ND4J data set of the given type. */
    public DataSet rows(int[] indices, int from, int to, DataType type) {
        double[][] x = new double[to - from][];
        double[][] y = new double[to - from][];
        for (int i = from; i < to; i++) {
            x[i - from] = features[indices[i]];
            y[i - from] = targets[indices[i]];
        }
        return new DataSet(ofType(Nd4j.create(x), type), ofType(Nd4j.create(y), type));
    }

    public DataSet all(DataType type) {
        return new DataSet(ofType(Nd4j.create(features), type), ofType(Nd4j.create(targets), type));
    }

    /**
     * The array in the given type. The double-precision array a cast was copied from is freed at
     * once: ND4J frees an array's off-heap memory only when the GC collects its small Java object,
     * which a young generation sized for the heap does seldom, so per-step arrays left to the GC
     * pile up outside the heap (issue 22).
     */
    private static INDArray ofType(INDArray created, DataType type) {
        INDArray cast = created.castTo(type);
        if (cast != created) {
            created.close();
        }
        return cast;
    }
}
