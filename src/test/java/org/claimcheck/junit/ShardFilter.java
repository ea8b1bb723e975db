package org.claimcheck.junit;

import org.claimcheck.suite.Shard;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Keeps this shard's part of the discovered tests ({@code -Dclaimcheck.shard=i/n}). The unit is a
 * test method (a claim test with all its cases and backends), and its shard is a hash of its
 * JUnit unique id alone (class and method name), so the n shards are disjoint, together give
 * the whole suite, and every machine computes the same split. The hash, not a position in a
 * sorted list, because Surefire also discovers class by class (to find which classes have
 * tests), and a method must land in the same shard whatever else was discovered with it.
 * Registered through META-INF/services; without the property it keeps everything.
 */
public final class ShardFilter implements PostDiscoveryFilter {
    private final java.util.function.Supplier<Shard> shardSource;
    private Shard shard;
    private boolean read;

    /** Reads -Dclaimcheck.shard when it first filters, so a bad value is reported by SettingsCheck, not by the service loader. */
    public ShardFilter() {
        this.shardSource = Shard::fromSystemProperty;
    }

    public ShardFilter(Shard shard) {
        this.shardSource = () -> shard;
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!read) {
            shard = shardSource.get();
            read = true;
        }
        if (shard == null || !isUnit(descriptor)) {
            return FilterResult.included("not sharded");
        }
        int owner = shard.of(descriptor.getUniqueId().toString());
        return owner == shard.index() ? FilterResult.included("shard " + shard)
                : FilterResult.excluded("in shard " + owner + "/" + shard.count() + ", not " + shard);
    }

    /** A test method of a test class. */
    static boolean isUnit(TestDescriptor descriptor) {
        return descriptor.getSource().filter(MethodSource.class::isInstance).isPresent()
                && descriptor.getParent().flatMap(TestDescriptor::getSource).filter(ClassSource.class::isInstance).isPresent();
    }
}
