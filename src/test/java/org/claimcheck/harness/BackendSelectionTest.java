package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimcheck.env.Backend;
import org.claimcheck.env.GpuProbe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void withoutADriverTheReasonSaysWhatWasLookedFor(@TempDir Path dir) throws Exception {
        Path proc = dir.resolve("proc-driver-nvidia-version");
        String reason = GpuProbe.missingDriver(List.of(dir.toString()), proc).orElseThrow();
        assertTrue(reason.contains("libcuda.so.1 in " + dir), reason);
        assertTrue(reason.contains(proc.toString()), reason);
        Files.createFile(dir.resolve("libcuda.so.1"));
        assertEquals(Optional.empty(), GpuProbe.missingDriver(List.of(dir.toString()), proc), "a driver library is found");
    }

    @Test
    void whatToDoNamesTheCommands() {
        String advice = GpuProbe.advice();
        assertTrue(advice.contains("-Pmatrix") && advice.contains("mvn test"), advice);
    }
}
