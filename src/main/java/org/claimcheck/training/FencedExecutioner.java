package org.claimcheck.training;

import java.lang.ref.Reference;
import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.BroadcastOp;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.IndexAccumulation;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.RandomOp;
import org.nd4j.linalg.api.ops.ReduceOp;
import org.nd4j.linalg.api.ops.ScalarOp;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner;

/**
 * ND4J's CPU op executioner with each op kept reachable until its native code has returned.
 * ND4J 1.0.0-M2.1 hands an op's arrays to native code as raw pointers and does not use the op
 * afterwards, so compiled code may let the op, and with it an array that only the op holds (a
 * broadcast's dimensions), be collected while the native op still reads it; ND4J's deallocator
 * threads then free the array under the op, and the JVM dies with a SIGSEGV in
 * {@code sd::DataBuffer::primary()} (docs/cost.md). The sooner the deallocator threads get to a
 * collected array, the likelier that is: the faster {@link ReusingExecutioner} made it likely
 * enough to kill a suite run. Each native call here is fenced: the op, and so its arrays, stays reachable until it returns.
 */
class FencedExecutioner extends NativeOpExecutioner {
    // Every public entry point of NativeOpExecutioner (exec(op), execAndReturn(op), ...) ends in one of
    // these, the ones that make the native call, so they are the ones fenced.

    @Override
    public INDArray exec(Op op, OpContext context) {
        return reachableThrough(op, context, () -> super.exec(op, context));
    }

    @Override
    public INDArray exec(IndexAccumulation op, OpContext context) {
        return reachableThrough(op, context, () -> super.exec(op, context));
    }

    @Override
    public INDArray exec(ReduceOp op, OpContext context) {
        return reachableThrough(op, context, () -> super.exec(op, context));
    }

    @Override
    public INDArray exec(ScalarOp op, OpContext context) {
        return reachableThrough(op, context, () -> super.exec(op, context));
    }

    @Override
    public INDArray exec(BroadcastOp op, OpContext context) {
        return reachableThrough(op, context, () -> super.exec(op, context));
    }

    @Override
    public INDArray exec(RandomOp op, OpContext context, Random rng) {
        return reachableThrough(op, context, () -> super.exec(op, context, rng));
    }

    @Override
    public INDArray[] exec(CustomOp op, OpContext context) {
        return reachableThrough(op, context, () -> super.exec(op, context));
    }

    /** What {@code nativeCall} returns, with {@code op} and {@code context} kept reachable until it has returned. */
    private static <T> T reachableThrough(Object op, Object context, Supplier<T> nativeCall) {
        try {
            return nativeCall.get();
        } finally {
            Reference.reachabilityFence(op);
            Reference.reachabilityFence(context);
        }
    }
}
