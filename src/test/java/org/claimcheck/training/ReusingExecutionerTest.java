package org.claimcheck.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.function.Function;
import org.claimcheck.spec.RunSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.api.ops.impl.indexaccum.custom.ArgMax;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.cpu.nativecpu.ops.NativeOpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

/** ND4J's executioner with op contexts and TAD layouts reused: the same results as ND4J's own, op after op. */
@Tag("harness")
class ReusingExecutionerTest {

    /** ND4J loads its backend first: its native ops cannot be reached before that. */
    @BeforeAll
    static void loadNd4j() {
        Nd4j.create(1);
    }

    @Test
    void trainingOnTheCpuPutsItInPlaceOfNd4jsExecutioner() {
        Trainer.train(RunSpec.banknote(6, 6).batch(64, 1));
        OpExecutioner installed = assertInstanceOf(ReusingExecutioner.class, Nd4j.getExecutioner());
        ReusingExecutioner.install();
        assertSame(installed, Nd4j.getExecutioner(), "a second install keeps the first");
    }

    /** Ops with integer, float and boolean arguments, and ops without, in turns: a reused context must not keep the last op's. */
    @Test
    void opsAfterOpsWithOtherArgumentsGiveWhatNd4jsOwnExecutionerGives() {
        ReusingExecutioner reusing = new ReusingExecutioner();
        NativeOpExecutioner plain = new NativeOpExecutioner();
        INDArray a = Nd4j.linspace(DataType.FLOAT, -3, 0.37, 24).reshape(4, 6);
        INDArray b = Nd4j.linspace(DataType.FLOAT, 2, -0.21, 30).reshape(6, 5);
        List<Function<INDArray[], CustomOp>> ops = List.of(
                in -> new Mmul(in[0], in[1], false, false, false),
                in -> new ArgMax(in[0], false, new int[] {1}),
                in -> new SoftMax(in[0]),
                in -> new Mmul(in[1], in[0], true, true, false),
                in -> new ArgMax(in[0], false, new int[] {0}),
                in -> new SoftMax(in[0]));
        for (int round = 0; round < 3; round++) {
            for (Function<INDArray[], CustomOp> op : ops) {
                INDArray[] mine = reusing.exec(op.apply(new INDArray[] {a, b}));
                INDArray[] theirs = plain.exec(op.apply(new INDArray[] {a, b}));
                assertEquals(theirs.length, mine.length);
                for (int i = 0; i < mine.length; i++) {
                    assertEquals(theirs[i], mine[i]);
                }
            }
        }
        INDArray relu = Nd4j.getExecutioner().exec(new RectifiedLinear(a.dup(), 0.5));
        assertEquals(Nd4j.getExecutioner().exec(new RectifiedLinear(a.dup(), 0.5)), relu);
    }

    @Test
    void aThreadReusesOneContextOpAfterOpAndNoneOutsideAnOp() {
        ReusingExecutioner reusing = new ReusingExecutioner();
        assertFalse(reusing.buildContext() instanceof ReusingExecutioner.ReusedContext, "outside an op's execution, a new context as ND4J builds");
        INDArray x = Nd4j.ones(DataType.FLOAT, 2, 3);
        for (int i = 0; i < 5; i++) {
            reusing.exec(new ArgMax(x, false, new int[] {1}));
            reusing.exec(new SoftMax(x));
            assertEquals(1, reusing.idleContexts());
        }
    }

    @Test
    void aClosedContextIsClearedAndGoesBackOnlyOnce() {
        java.util.ArrayDeque<ReusingExecutioner.ReusedContext> idle = new java.util.ArrayDeque<>();
        ReusingExecutioner.ReusedContext context = new ReusingExecutioner.ReusedContext(idle);
        context.setIArguments(1, 2);
        context.setTArguments(0.5);
        context.setBArguments(true);
        context.setInputArray(0, Nd4j.ones(DataType.FLOAT, 2));
        context.close();
        context.close();
        assertEquals(1, idle.size());
        assertEquals(0, context.numIArguments());
        assertEquals(0, context.numTArguments());
        assertEquals(0, context.numBArguments());
        assertEquals(0, context.numInputArguments());
    }

    @Test
    void aTadLayoutIsWrappedOncePerShapeAndDimension() {
        ReusingExecutioner reusing = new ReusingExecutioner();
        INDArray x = Nd4j.ones(DataType.FLOAT, 4, 3);
        var first = reusing.tadShapeInfoAndOffsets(x, new int[] {1});
        assertSame(first, reusing.tadShapeInfoAndOffsets(Nd4j.zeros(DataType.FLOAT, 4, 3), new int[] {1}));
        assertNotSame(first, reusing.tadShapeInfoAndOffsets(x, new int[] {0}));
        assertNotSame(first, reusing.tadShapeInfoAndOffsets(Nd4j.ones(DataType.DOUBLE, 4, 3), new int[] {1}));
        assertEquals(3, reusing.tadCount());
    }
}
