package org.claimcheck.suite;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Keeps this shard's part of the discovered tests ({@code -Dclaimcheck.shard=i/n}). The unit is a
 * test method (a claim test with all its cases and backends): every method discovered is sorted
 * by its JUnit unique id and dealt out round robin, so the n shards are disjoint, together give
 * the whole suite, and the split depends only on which tests exist, not on the machine.
 * Registered through META-INF/services; without the property it keeps everything.
 */
public final class ShardFilter implements PostDiscoveryFilter {
    private final Shard shard;
    private final Map<TestDescriptor, List<String>> unitsByRoot = new WeakHashMap<>();

    public ShardFilter() {
        this(Shard.fromSystemProperty());
    }

    public ShardFilter(Shard shard) {
        this.shard = shard;
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (shard == null || !isUnit(descriptor)) {
            return FilterResult.included("not sharded");
        }
        List<String> units = units(root(descriptor));
        int position = units.indexOf(descriptor.getUniqueId().toString());
        return shard.owns(position)
                ? FilterResult.included("shard " + shard + " (test " + (position + 1) + " of " + units.size() + ")")
                : FilterResult.excluded("in shard " + (position % shard.count() + 1) + "/" + shard.count() + ", not " + shard);
    }

    /** A test method of a test class. */
    static boolean isUnit(TestDescriptor descriptor) {
        return descriptor.getSource().filter(MethodSource.class::isInstance).isPresent()
                && descriptor.getParent().flatMap(TestDescriptor::getSource).filter(ClassSource.class::isInstance).isPresent();
    }

    private synchronized List<String> units(TestDescriptor root) {
        return unitsByRoot.computeIfAbsent(root, r -> r.getDescendants().stream().filter(ShardFilter::isUnit)
                .map(d -> d.getUniqueId().toString()).sorted(Comparator.naturalOrder()).toList());
    }

    private static TestDescriptor root(TestDescriptor descriptor) {
        TestDescriptor root = descriptor;
        while (root.getParent().isPresent()) {
            root = root.getParent().get();
        }
        return root;
    }
}
