package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.env.Backend;
import org.claimcheck.env.GpuProbe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("harness")
class BackendSelectionTest {

    @Test
    void backendsAreReadFromTheBuildAndABadOneNamesTheSetting() throws Exception {
        assertEquals(Backend.GPU, Backend.parse(" GPU ", Backend.PROPERTY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Backend.parse("tpu", Backend.PROPERTY));
        assertTrue(e.getMessage().contains("-Dclaimcheck.backend=tpu"), e.getMessage());
        SystemProperties.with(Backend.CASES_PROPERTY, "gpu, cpu,gpu", () -> assertEquals(List.of(Backend.GPU, Backend.CPU), Backend.withCases()));
        SystemProperties.with(Backend.CASES_PROPERTY, " , ", () -> assertThrows(IllegalArgumentException.class, Backend::withCases));
    }

    @Test
    void withoutADriverTheReasonSaysWhatWasLookedForAndWhatToDo() {
        GpuProbe.unavailableReason().ifPresent(reason -> {
            assertTrue(reason.contains("libcuda.so.1"), reason);
            assertTrue(reason.contains("/proc/driver/nvidia/version"), reason);
            assertTrue(reason.contains("-Pmatrix") && reason.contains("mvn test"), reason);
        });
    }
}
