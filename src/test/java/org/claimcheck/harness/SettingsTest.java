package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.claimcheck.settings.Settings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every setting is validated up front, and a bad one is named with its value. */
@Tag("harness")
class SettingsTest {

    @ParameterizedTest(name = "-D{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "claimcheck.shard              | 3/2   | -Dclaimcheck.shard=3/2",
            "claimcheck.shard              | abc   | -Dclaimcheck.shard=abc",
            "claimcheck.workers            | -3    | -Dclaimcheck.workers=-3",
            "claimcheck.robustness.seeds   | x     | -Dclaimcheck.robustness.seeds=x",
            "claimcheck.robustness.seeds   | 3     | -Dclaimcheck.robustness.seeds=3",
            "claimcheck.record.seeds       | 9     | -Dclaimcheck.record.seeds=9",
            "claimcheck.record.since       | today | -Dclaimcheck.record.since=today",
            "claimcheck.record             | some  | -Dclaimcheck.record=some",
            "claimcheck.strict             | yes   | -Dclaimcheck.strict=yes",
            "claimcheck.exact              | ture  | -Dclaimcheck.exact=ture",
            "claimcheck.robustness.record  | no    | -Dclaimcheck.robustness.record=no",
            "claimcheck.backends           | tpu   | tpu",
            "claimcheck.backend            | npu   | -Dclaimcheck.backend=npu",
            "claimcheck.set                | a b   | -Dclaimcheck.set=a b",
            "claimcheck.workers            | 100000 | -Dclaimcheck.workers=100000: the number of runs trained at once must be a whole number from 1 to",
            "claimcheck.expected.dir       | /nonexistent | -Dclaimcheck.expected.dir=/nonexistent: no such folder",
            "claimcheck.reports.dir        | /proc/claimcheck | -Dclaimcheck.reports.dir=/proc/claimcheck: the reports folder cannot be written",
            "claimcheck.ulp.noise          | 0     | -Dclaimcheck.ulp.noise=0: the noise seed must be a whole number of at least 1",
    })
    void aBadSettingStopsTheRunNamingIt(String property, String value, String named) throws Exception {
        SystemProperties.with(property, value, () -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Settings::fromSystemProperties);
            assertTrue(e.getMessage().contains(named), e.getMessage());
            assertTrue(e.getMessage().startsWith("claimcheck cannot start, 1 bad setting:"), e.getMessage());
        });
    }

    @Test
    void aThreadCountInWordsIsNamedBeforeNd4jLoads() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.fromSystemProperties(Map.of("OMP_NUM_THREADS", "many")));
        assertTrue(e.getMessage().contains("OMP_NUM_THREADS=many (set from -Dclaimcheck.threads)"), e.getMessage());
    }

    @Test
    void ompThreadsFromTheEnvironmentAreCheckedToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.fromSystemProperties(Map.of("OMP_NUM_THREADS", "-3")));
        assertTrue(e.getMessage().contains("OMP_NUM_THREADS=-3 (set from -Dclaimcheck.threads)"), e.getMessage());
    }

    @Test
    void everyBadSettingIsNamedAtOnce() throws Exception {
        SystemProperties.with("claimcheck.strict", "maybe", () -> SystemProperties.with("claimcheck.shard", "0/2", () -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Settings::fromSystemProperties);
            assertTrue(e.getMessage().startsWith("claimcheck cannot start, 2 bad settings:"), e.getMessage());
        }));
    }

    @Test
    void theDefaultsAreValid() {
        Settings settings = Settings.fromSystemProperties(Map.of());
        assertEquals(10, settings.robustnessSeeds());
        assertEquals(10, settings.bandSeeds());
        assertTrue(settings.exact());
    }
}
