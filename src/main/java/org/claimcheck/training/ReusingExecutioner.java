package org.claimcheck.training;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.bytedeco.javacpp.BooleanPointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.LongPointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.shape.TadPack;
import org.nd4j.linalg.cpu.nativecpu.ops.CpuOpContext;
import org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.nd4j.nativeblas.OpaqueContext;

/**
 * ND4J's CPU op executioner, less two allocations per op that ND4J 1.0.0-M2.1 leaves to the garbage
 * collector. Each custom op (a matrix product, an activation, an updater step) ran in a new native
 * op context whose {@code close()} does nothing: it was freed only after a collection, by ND4J's
 * deallocator threads, and freeing it was their largest native cost. Here a thread's contexts are
 * reused: {@code close()}, which ND4J calls when the op is done, clears what the op set (its
 * arrays, its integer, float, boolean and type arguments, a shape-function override) and keeps the
 * context for that thread's next op. A dimension's tensor-along-dimension layout (TAD), which ND4J
 * already keeps natively, is also kept here instead of being wrapped afresh for every reduction and
 * broadcast.
 *
 * <p>Nothing an op computes depends on whether its context is new or cleared: ND4J sets every input
 * of the computation (arrays, arguments, in-place flag, random generator state) before each op; the
 * golden values, bit for bit, are the check. {@link #install} puts it in place of the executioner
 * ND4J loaded, on the CPU backend only.
 */
final class ReusingExecutioner extends FencedExecutioner {
    private final ThreadLocal<ArrayDeque<ReusedContext>> idle = ThreadLocal.withInitial(ArrayDeque::new);
    private final ThreadLocal<int[]> insideExec = ThreadLocal.withInitial(() -> new int[1]);
    static final int MAX_TADS = 50_000;
    private final BoundedCache<TadKey, TadPack> tads = new BoundedCache<>(MAX_TADS);

    /** Puts a reusing executioner in place of ND4J's own, once. */
    static void install() {
        Nd4jField.replace("OP_EXECUTIONER_INSTANCE", "the reusing op executioner",
                current -> current != null && current.getClass() == NativeOpExecutioner.class ? new ReusingExecutioner() : current);
    }

    /** Runs a custom op as ND4J does; the context it builds for it comes from this thread's idle ones. */
    @Override
    public INDArray[] exec(CustomOp op) {
        int[] depth = insideExec.get();
        depth[0]++;
        try {
            return super.exec(op);
        } finally {
            depth[0]--;
        }
    }

    /**
     * A context for {@link #exec(CustomOp)}, which sets everything an op reads before it runs (its
     * arrays, arguments, in-place flag and random state), reused; for anything else a new one, as ND4J does.
     */
    @Override
    public OpContext buildContext() {
        if (insideExec.get()[0] == 0) {
            return super.buildContext();
        }
        ArrayDeque<ReusedContext> free = idle.get();
        ReusedContext context = free.poll();
        if (context == null) {
            return new ReusedContext(free);
        }
        context.inUse = true;
        return context;
    }

    @Override
    public TadPack tadShapeInfoAndOffsets(INDArray array, int[] dimension) {
        return tads.get(new TadKey(array.shapeInfoJava(), dimension), TadKey::owned, () -> super.tadShapeInfoAndOffsets(array, dimension));
    }

    /** How many op contexts this thread keeps for its next ops. */
    int idleContexts() {
        return idle.get().size();
    }

    /** How many TAD layouts are held. */
    int tadCount() {
        return tads.size();
    }

    private record TadKey(long[] shapeInfo, int[] dimension) {
        /** This key with arrays of its own, for the cache to keep. */
        TadKey owned() {
            return new TadKey(shapeInfo.clone(), dimension.clone());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TadKey k && Arrays.equals(shapeInfo, k.shapeInfo) && Arrays.equals(dimension, k.dimension);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shapeInfo) + Arrays.hashCode(dimension);
        }
    }

    /** An op context that goes back to its thread's idle contexts when ND4J closes it, cleared. */
    static final class ReusedContext extends CpuOpContext {
        private static final NativeOps NATIVE = NativeOpsHolder.getInstance().getDeviceNativeOps();
        private final ArrayDeque<ReusedContext> home;
        private final Thread owner = Thread.currentThread();
        private boolean inUse = true;
        /** Whether the op overrode the shape function: unlike its arguments, ND4J keeps no Java-side record of it. */
        private boolean shapeOverride;

        ReusedContext(ArrayDeque<ReusedContext> home) {
            this.home = home;
        }

        @Override
        public void shapeFunctionOverride(boolean reallyOverride) {
            shapeOverride = reallyOverride;
            super.shapeFunctionOverride(reallyOverride);
        }

        /** Clears what the op set and keeps the context for this thread's next op; a second close does nothing. */
        @Override
        public void close() {
            if (!inUse || Thread.currentThread() != owner) {
                return;
            }
            purge();
            OpaqueContext context = (OpaqueContext) contextPointer();
            // ND4J sets an argument list natively only when it is not empty: an empty one must not inherit the last op's
            if (numIArguments() > 0) {
                NATIVE.setGraphContextIArguments(context, (LongPointer) null, 0);
                fastpath_i.clear();
            }
            if (numTArguments() > 0) {
                NATIVE.setGraphContextTArguments(context, (DoublePointer) null, 0);
                fastpath_t.clear();
            }
            if (numBArguments() > 0) {
                NATIVE.setGraphContextBArguments(context, (BooleanPointer) null, 0);
                fastpath_b.clear();
            }
            if (numDArguments() > 0) {
                NATIVE.setGraphContextDArguments(context, (IntPointer) null, 0);
                fastpath_d.clear();
            }
            if (shapeOverride) {
                super.shapeFunctionOverride(false);
                shapeOverride = false;
            }
            inUse = false;
            home.push(this);
        }
    }
}
