package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimcheck.model.KerasDefaults;
import org.claimcheck.model.KerasNadam;
import org.claimcheck.model.Optimizer;
import org.claimcheck.model.OptimizerSettings;
import org.claimcheck.model.Updaters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.learning.config.AdaDelta;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/** The Keras defaults table of CLAIMS.md, and that every field reaches ND4J unchanged. */
@Tag("harness")
class OptimizerDefaultsTest {

    @ParameterizedTest(name = "{0}: Keras 2.3 lr {1}, tf.keras 2 lr {2}")
    @CsvSource({"SGD, 0.01, 0.01", "RMSPROP, 0.001, 0.001", "ADAGRAD, 0.01, 0.001", "ADADELTA, 1.0, 0.001",
        "ADAM, 0.001, 0.001", "ADAMAX, 0.002, 0.001", "NADAM, 0.002, 0.001"})
    void learningRates(Optimizer optimizer, double keras23, double tfKeras2) {
        assertEquals(keras23, KerasDefaults.KERAS_2_3.of(optimizer).learningRate());
        assertEquals(tfKeras2, KerasDefaults.TF_KERAS_2.of(optimizer).learningRate());
    }

    @Test
    void everyFieldReachesTheNd4jUpdater() {
        KerasDefaults k = KerasDefaults.KERAS_2_3;
        Sgd sgd = (Sgd) Updaters.of(k.of(Optimizer.SGD));
        assertEquals(0.01, sgd.getLearningRate());
        RmsProp rms = (RmsProp) Updaters.of(k.of(Optimizer.RMSPROP));
        assertEquals(0.001, rms.getLearningRate());
        assertEquals(0.9, rms.getRmsDecay());
        assertEquals(1e-7, rms.getEpsilon());
        AdaGrad adagrad = (AdaGrad) Updaters.of(k.of(Optimizer.ADAGRAD));
        assertEquals(0.01, adagrad.getLearningRate());
        assertEquals(1e-7, adagrad.getEpsilon());
        AdaDelta adadelta = (AdaDelta) Updaters.of(k.of(Optimizer.ADADELTA));
        assertEquals(0.95, adadelta.getRho());
        assertEquals(1e-7, adadelta.getEpsilon());
        Adam adam = (Adam) Updaters.of(k.of(Optimizer.ADAM));
        assertEquals(0.001, adam.getLearningRate());
        assertEquals(0.9, adam.getBeta1());
        assertEquals(0.999, adam.getBeta2());
        assertEquals(1e-7, adam.getEpsilon());
        AdaMax adamax = (AdaMax) Updaters.of(k.of(Optimizer.ADAMAX));
        assertEquals(0.002, adamax.getLearningRate());
        assertEquals(1e-7, adamax.getEpsilon());
        KerasNadam nadam = (KerasNadam) Updaters.of(k.of(Optimizer.NADAM));
        assertEquals(0.002, nadam.getLearningRate());
        assertEquals(0.9, nadam.getBeta1());
        assertEquals(0.999, nadam.getBeta2());
        assertEquals(1e-7, nadam.getEpsilon());
        assertEquals(0.004, nadam.getScheduleDecay());
    }

    @Test
    void nd4jsDefaultsAreNotKerasSoTheTableMatters() {
        assertTrue(new Sgd().getLearningRate() != 0.01 || new RmsProp().getLearningRate() != 0.001);
    }

    @Test
    void adadeltaWithALearningRateNd4jCannotExpressIsRefused() {
        OptimizerSettings tfAdadelta = KerasDefaults.TF_KERAS_2.of(Optimizer.ADADELTA);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Updaters.of(tfAdadelta));
        assertTrue(e.getMessage().contains("no learning rate"), e.getMessage());
    }
}
