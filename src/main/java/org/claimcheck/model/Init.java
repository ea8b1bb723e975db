package org.claimcheck.model;

/** How a dense layer's weights and biases start. */
public enum Init {
    /** Keras's default: Glorot uniform weights, zero biases. */
    GLOROT_UNIFORM,
    /** PyTorch's {@code nn.Linear} default: weights and biases uniform in ±1/√fan_in. */
    TORCH_DEFAULT,
    /** He normal, N(0, 2/fan_in), zero biases: NNBP's rule of thumb for ReLU. */
    HE_NORMAL,
    /** Glorot normal, N(0, 2/(fan_in + fan_out)), zero biases: NNBP's rule of thumb for tanh. */
    GLOROT_NORMAL,
    /** TensorFlow Playground's: weights uniform in ±0.5, biases 0.1. */
    PLAYGROUND,
    /** LRF's {@code init_guess = [1.0, 0.5]} for its two-parameter linear models, no bias. */
    LRF_GUESS
}
