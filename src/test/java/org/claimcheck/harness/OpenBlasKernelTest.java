package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimcheck.env.BlasChoice;
import org.claimcheck.env.BlasKernel;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.env.OpenBlas;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The kernel is read from the OpenBLAS loaded in this JVM, and the build's pin holds there. */
@Tag("harness")
class OpenBlasKernelTest {

    @Test
    void openBlasNamesTheKernelItRunsAndItIsThePinnedOne() {
        MachineInfo machine = MachineInfo.current();
        BlasKernel active = OpenBlas.activeKernel().orElseThrow(() -> new AssertionError("OpenBLAS's kernel tables were not found"));
        assertEquals(active.openBlasName(), machine.blasKernel());
        assertEquals("cpu-openblas-" + active.keyPart(), machine.key());
        BlasChoice.fromSystemProperty().pinned().ifPresent(pinned -> assertEquals(pinned, active,
                "mvn test pins OpenBLAS through OPENBLAS_CORETYPE; this JVM runs another kernel"));
        assertTrue(machine.asProperties().get("blas.kernel").equals(active.openBlasName()));
    }
}
