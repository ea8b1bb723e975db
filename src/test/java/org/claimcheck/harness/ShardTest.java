package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.junit.ShardFilter;
import org.claimcheck.suite.Shard;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

@Tag("harness")
class ShardTest {

    /** The test methods a discovery of the whole suite (claims and harness) keeps under the given shard. */
    static Set<String> methods(Shard shard) {
        return methods(shard, null);
    }

    static Set<String> methods(Shard shard, String onlyClass) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enablePostDiscoveryFilterAutoRegistration(false).build());
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(onlyClass == null ? selectPackage("org.claimcheck") : selectClass(onlyClass));
        if (shard != null) {
            request.filters(new ShardFilter(shard));
        }
        TestPlan plan = launcher.discover(request.build());
        Set<String> methods = new HashSet<>();
        List<TestIdentifier> pending = new ArrayList<>(plan.getRoots());
        while (!pending.isEmpty()) {
            TestIdentifier id = pending.remove(pending.size() - 1);
            pending.addAll(plan.getChildren(id));
            if (id.getSource().filter(org.junit.platform.engine.support.descriptor.MethodSource.class::isInstance).isPresent()) {
                methods.add(id.getUniqueId());
            }
        }
        return methods;
    }

    @Test
    void threeShardsAreDisjointAndTogetherTheWholeSuite() {
        Set<String> all = methods(null);
        assertTrue(all.size() > 50, "the suite has " + all.size() + " test methods");
        Set<String> union = new HashSet<>();
        int total = 0;
        for (int i = 1; i <= 3; i++) {
            Set<String> part = methods(new Shard(i, 3));
            assertTrue(part.size() >= all.size() / 5, "shard " + i + " has " + part.size() + " of " + all.size());
            total += part.size();
            union.addAll(part);
        }
        assertEquals(all, union);
        assertEquals(all.size(), total, "no test method is in two shards");
        assertEquals(methods(new Shard(2, 3)), methods(new Shard(2, 3)), "the split is deterministic");
        Set<String> oneClass = methods(new Shard(2, 3), "org.claimcheck.claims.L13OptimizerTest");
        assertEquals(all.stream().filter(m -> m.contains("L13OptimizerTest") && methods(new Shard(2, 3)).contains(m)).count(), oneClass.size(),
                "a method is in the same shard whether its class is discovered alone or with the whole suite");
    }

    @Test
    void aBadShardNamesTheSetting() {
        for (String bad : List.of("3", "0/3", "4/3", "a/b", "1/0")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad));
            assertTrue(e.getMessage().contains("-Dclaimcheck.shard=" + bad), e.getMessage());
        }
        assertEquals(new Shard(2, 5), Shard.parse(" 2/5 "));
    }
}
