package org.claimcheck.training;

import java.util.Arrays;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.ShapeInfoProvider;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The shape-info cache that ND4J 1.0.0-M2.1's CPU backend leaves out of the path most arrays
 * take. Every array needs a shape-info buffer; ND4J's {@code DirectShapeInfoProvider} caches those
 * made from "extras" bits but not those made from a data type and an "empty" flag, the call of
 * nearly every {@code BaseNDArray} constructor. So each new array built a fresh one: a native call,
 * two JavaCPP arrays and a wrapped buffer, each registered for the garbage collector and ND4J's
 * deallocator threads to release, a large share of a small net's step (docs/cost.md). The buffers
 * are identical for identical arguments, and ND4J already shares its cached ones between arrays
 * (they are constants; closing an array frees its data, never its shape), so sharing these changes
 * no number.
 *
 * <p>A decorator: the first request for a shape goes to ND4J's own provider, later ones get its
 * answer back. Beyond {@value #MAX_ENTRIES} distinct shapes it asks ND4J every time, as ND4J does
 * past its own limit. {@link #install} puts it in front of the provider ND4J loaded.
 */
final class ShapeInfoCache implements ShapeInfoProvider {
    static final int MAX_ENTRIES = 50_000;

    private final ShapeInfoProvider nd4j;
    private final BoundedCache<Key, Pair<DataBuffer, long[]>> cache = new BoundedCache<>(MAX_ENTRIES);

    ShapeInfoCache(ShapeInfoProvider nd4j) {
        this.nd4j = nd4j;
    }

    /** Puts a cache in front of ND4J's shape-info provider, once. */
    static void install() {
        Nd4jField.replace("shapeInfoProvider", "a shape-info cache",
                current -> current instanceof ShapeInfoProvider provider && !(current instanceof ShapeInfoCache) ? new ShapeInfoCache(provider) : current);
    }

    /** Everything a shape-info buffer is made from. */
    private record Key(long[] shape, long[] stride, long elementWiseStride, char order, DataType dataType, boolean empty, long extras) {
        /** This key with arrays of its own, for the cache to keep (a caller may reuse its arrays). */
        Key owned() {
            return new Key(shape.clone(), stride.clone(), elementWiseStride, order, dataType, empty, extras);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && elementWiseStride == k.elementWiseStride && order == k.order && dataType == k.dataType
                    && empty == k.empty && extras == k.extras && Arrays.equals(shape, k.shape) && Arrays.equals(stride, k.stride);
        }

        @Override
        public int hashCode() {
            int h = 31 * Arrays.hashCode(shape) + Arrays.hashCode(stride);
            h = 31 * (31 * h + Long.hashCode(elementWiseStride)) + order;
            return 31 * (31 * h + (dataType == null ? 0 : dataType.ordinal())) + 2 * Long.hashCode(extras) + (empty ? 1 : 0);
        }
    }

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, DataType dataType) {
        return createShapeInformation(shape, Nd4j.order(), dataType);
    }

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, char order, DataType dataType) {
        return createShapeInformation(shape, Nd4j.getStrides(shape, order), 1, order, dataType, false);
    }

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride, char order, DataType dataType,
                                                           boolean empty) {
        return cache.get(new Key(shape, stride, elementWiseStride, order, dataType, empty, 0), Key::owned,
                () -> nd4j.createShapeInformation(shape, stride, elementWiseStride, order, dataType, empty));
    }

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride, char order, long extras) {
        return cache.get(new Key(shape, stride, elementWiseStride, order, null, false, extras), Key::owned,
                () -> nd4j.createShapeInformation(shape, stride, elementWiseStride, order, extras));
    }

    /** How many distinct shape-info buffers are held. */
    int size() {
        return cache.size();
    }

    @Override
    public long getCachedBytes() {
        return nd4j.getCachedBytes();
    }

    @Override
    public void purgeCache() {
        cache.clear();
        nd4j.purgeCache();
    }
}
