package org.claimcheck.model;

import org.nd4j.linalg.learning.config.AdaDelta;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Turns Keras optimiser settings into ND4J updaters, every field set explicitly.
 *
 * <p>ND4J's Adam, RMSprop, Adagrad, Adamax and AdaDelta compute Keras 2.3's update formulas;
 * its Nadam does not, so Nadam is {@link KerasNadam}. ND4J's AdaDelta has no learning rate, so
 * it matches Keras only at Keras 2.3's lr 1.0; tf.keras's Adadelta at lr 0.001 is refused.
 */
public final class Updaters {
    private Updaters() {
    }

    public static IUpdater of(OptimizerSettings s) {
        return switch (s.optimizer()) {
            case SGD -> new Sgd(s.learningRate());
            case RMSPROP -> new RmsProp(s.learningRate(), s.rho(), s.epsilon());
            case ADAGRAD -> new AdaGrad(s.learningRate(), s.epsilon());
            case ADADELTA -> adaDelta(s);
            case ADAM -> new Adam(s.learningRate(), s.beta1(), s.beta2(), s.epsilon());
            case ADAMAX -> new AdaMax(s.learningRate(), s.beta1(), s.beta2(), s.epsilon());
            case NADAM -> new KerasNadam(s.learningRate(), s.beta1(), s.beta2(), s.epsilon(), KerasNadam.SCHEDULE_DECAY);
        };
    }

    private static IUpdater adaDelta(OptimizerSettings s) {
        if (s.learningRate() != 1.0) {
            throw new IllegalArgumentException("Adadelta with lr " + s.learningRate()
                    + " cannot be expressed with ND4J's AdaDelta, which has no learning rate (it equals Keras at lr 1.0 only)");
        }
        AdaDelta adaDelta = new AdaDelta();
        adaDelta.setRho(s.rho());
        adaDelta.setEpsilon(s.epsilon());
        return adaDelta;
    }
}
