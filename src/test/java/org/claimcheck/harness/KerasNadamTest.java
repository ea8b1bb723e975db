package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.claimcheck.model.KerasNadam;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;

/** KerasNadam against a plain-Java transcription of Keras 2.3's Nadam.get_updates. */
@Tag("harness")
class KerasNadamTest {

    @Test
    void updatesMatchKeras23StepByStep() {
        int n = 7;
        double lr = 0.002;
        double beta1 = 0.9;
        double beta2 = 0.999;
        double eps = 1e-7;
        double decay = 0.004;
        GradientUpdater<?> updater = new KerasNadam(lr, beta1, beta2, eps, decay).instantiate(Nd4j.zeros(DataType.DOUBLE, 1, 2 * n), true);

        double[] m = new double[n];
        double[] v = new double[n];
        double mSchedule = 1.0;
        Random random = new Random(7);
        for (int iteration = 0; iteration < 25; iteration++) {
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = random.nextGaussian() * (i + 1);
            }
            INDArray gradient = Nd4j.create(g, new long[] {1, n}, DataType.DOUBLE);
            updater.applyUpdater(gradient, iteration, 0);

            double t = iteration + 1;
            double momentumT = beta1 * (1 - 0.5 * Math.pow(0.96, t * decay));
            double momentumNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * decay));
            double mScheduleNew = mSchedule * momentumT;
            double mScheduleNext = mSchedule * momentumT * momentumNext;
            mSchedule = mScheduleNew;
            for (int i = 0; i < n; i++) {
                double gPrime = g[i] / (1 - mScheduleNew);
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                double mPrime = m[i] / (1 - mScheduleNext);
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                double vPrime = v[i] / (1 - Math.pow(beta2, t));
                double mBar = (1 - momentumT) * gPrime + momentumNext * mPrime;
                double expected = lr * mBar / (Math.sqrt(vPrime) + eps);
                assertEquals(expected, gradient.getDouble(0, i), Math.abs(expected) * 1e-12, "step " + t + ", parameter " + i);
            }
        }
    }
}
