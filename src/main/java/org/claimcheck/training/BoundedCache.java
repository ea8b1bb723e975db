package org.claimcheck.training;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A thread-safe cache of what ND4J builds the same for the same arguments, up to a number of entries;
 * past that, ND4J builds it every time, as ND4J's own caches do past theirs. Looking up costs no
 * copy: a key made of the caller's arrays is copied only when it is stored.
 */
final class BoundedCache<K, V> {
    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final int maxEntries;

    BoundedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value stored for {@code probe}, else {@code build}'s, stored under {@code owned(probe)} while there is room. */
    V get(K probe, UnaryOperator<K> owned, Supplier<V> build) {
        V known = entries.get(probe);
        if (known != null) {
            return known;
        }
        if (entries.size() >= maxEntries) {
            return build.get();
        }
        return entries.computeIfAbsent(owned.apply(probe), key -> build.get());
    }

    int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
    }
}
