package org.claimcheck.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.claimcheck.spec.RunSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ndarray.ShapeInfoProvider;
import org.nd4j.linalg.factory.Nd4j;

/** The shape-info cache in front of ND4J's provider: the same buffers ND4J builds, built once. */
@Tag("harness")
class ShapeInfoCacheTest {

    @Test
    void trainingOnTheCpuPutsTheCacheInFrontOfNd4jsProvider() {
        Trainer.train(RunSpec.banknote(6, 6).batch(64, 1));
        ShapeInfoCache cache = assertInstanceOf(ShapeInfoCache.class, Nd4j.getShapeInfoProvider());
        ShapeInfoCache.install();
        assertSame(cache, Nd4j.getShapeInfoProvider(), "a second install keeps the first cache");
    }

    @Test
    void aRepeatedRequestGetsNd4jsBufferBackAndAnotherRequestItsOwn() {
        ShapeInfoProvider nd4j = nd4jsOwn();
        ShapeInfoCache cache = new ShapeInfoCache(nd4j);
        long[] shape = {10, 4};
        long[] stride = {4, 1};
        Pair<DataBuffer, long[]> first = cache.createShapeInformation(shape, stride, 1, 'c', DataType.FLOAT, false);
        shape[0] = 99; // a caller reusing its arrays does not change what is cached
        Pair<DataBuffer, long[]> again = cache.createShapeInformation(new long[] {10, 4}, new long[] {4, 1}, 1, 'c', DataType.FLOAT, false);
        assertSame(first, again);
        assertArrayEquals(nd4j.createShapeInformation(new long[] {10, 4}, new long[] {4, 1}, 1, 'c', DataType.FLOAT, false).getSecond(),
                first.getSecond(), "the same shape information ND4J builds");
        for (Pair<DataBuffer, long[]> other : java.util.List.of(
                cache.createShapeInformation(new long[] {10, 4}, new long[] {4, 1}, 1, 'c', DataType.DOUBLE, false),
                cache.createShapeInformation(new long[] {10, 4}, new long[] {1, 10}, 1, 'f', DataType.FLOAT, false),
                cache.createShapeInformation(new long[] {10, 4}, new long[] {4, 1}, 0, 'c', DataType.FLOAT, false),
                cache.createShapeInformation(new long[] {10, 4}, new long[] {4, 1}, 1, 'c', DataType.FLOAT, true))) {
            assertNotSame(first, other);
        }
        assertEquals(5, cache.size());
    }

    @Test
    void closingAnArrayLeavesTheSharedShapeOfAnotherIntact() {
        Trainer.train(RunSpec.banknote(6, 6).batch(64, 1));
        INDArray a = Nd4j.rand(DataType.FLOAT, 3, 5);
        INDArray b = Nd4j.ones(DataType.FLOAT, 3, 5);
        assertSame(a.shapeInfoDataBuffer(), b.shapeInfoDataBuffer());
        a.close();
        assertEquals(15.0, b.sumNumber().doubleValue());
        assertArrayEquals(new long[] {3, 5}, b.shape());
    }

    private static ShapeInfoProvider nd4jsOwn() {
        ShapeInfoProvider current = Nd4j.getShapeInfoProvider();
        return current instanceof ShapeInfoCache ? new org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider() : current;
    }
}
