package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.claimcheck.env.BlasChoice;
import org.claimcheck.env.BlasKernel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("harness")
class BlasChoiceTest {
    static final Set<String> HASWELL_CPU = Set.of("pni", "ssse3", "sse4_2", "avx", "avx2", "fma");
    static final Set<String> SANDY_BRIDGE_CPU = Set.of("pni", "ssse3", "sse4_2", "avx");

    @ParameterizedTest
    @CsvSource({"Haswell, HASWELL", "haswell, HASWELL", "SkylakeX, SKYLAKEX", "Zen, ZEN", "Sandybridge, SANDYBRIDGE", "Prescott, PRESCOTT"})
    void aKernelNamePinsThatKernel(String text, BlasKernel kernel) {
        assertEquals(Optional.of(kernel), BlasChoice.parse(text).pinned());
    }

    @Test
    void autoLetsOpenBlasChoose() {
        assertEquals(Optional.empty(), BlasChoice.parse("auto").pinned());
    }

    /** OpenBLAS reads an unknown name as "choose by CPU features": anything the build would pass through unchecked is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Auto", "AUTO", "Skylake", "Bogus", "haswell2"})
    void anythingElseIsRefusedNamingTheSettingAndTheChoices(String text) {
        var error = assertThrows(IllegalArgumentException.class, () -> BlasChoice.parse(text));
        assertTrue(error.getMessage().contains("-Dclaimcheck.blas.core=" + text), error.getMessage());
        assertTrue(error.getMessage().contains("Haswell, Zen, SkylakeX"), error.getMessage());
    }

    @Test
    void cooperlakeCannotBeForcedInThisOpenBlasAndSaysWhy() {
        var error = assertThrows(IllegalArgumentException.class, () -> BlasChoice.parse("Cooperlake"));
        assertTrue(error.getMessage().contains("cannot be made to run its Cooperlake kernel"), error.getMessage());
    }

    @Test
    void aCpuWithoutAvx2CannotRunTheDefaultPinAndIsToldWhatToDo() {
        String message = BlasChoice.parse("Haswell").cannotRunOn("Intel Xeon E5-2670", SANDY_BRIDGE_CPU).orElseThrow();
        assertTrue(message.contains("Intel Xeon E5-2670"), message);
        assertTrue(message.contains("Haswell kernel"), message);
        assertTrue(message.contains("lacks the CPU flags avx2, fma"), message);
        assertTrue(message.contains("-Dclaimcheck.blas.core=NAME with one of Prescott, Core2, Nehalem, Sandybridge"), message);
        assertTrue(message.contains("-Dclaimcheck.blas.core=auto"), message);
    }

    @Test
    void aCpuWithTheFlagsRunsIt() {
        assertEquals(Optional.empty(), BlasChoice.parse("Haswell").cannotRunOn("AMD EPYC", HASWELL_CPU));
        assertEquals(Optional.empty(), BlasChoice.parse("auto").cannotRunOn("anything", Set.of()));
        assertTrue(BlasChoice.parse("SkylakeX").cannotRunOn("AMD EPYC 7B12", HASWELL_CPU).isPresent());
    }

    @Test
    void aPinThatOpenBlasDidNotHonourIsAnError() {
        assertEquals(Optional.empty(), BlasChoice.parse("Haswell").notHonouredBy(BlasKernel.HASWELL));
        assertEquals(Optional.empty(), BlasChoice.parse("auto").notHonouredBy(BlasKernel.SKYLAKEX));
        String message = BlasChoice.parse("Haswell").notHonouredBy(BlasKernel.SKYLAKEX).orElseThrow();
        assertTrue(message.contains("runs SkylakeX"), message);
        assertTrue(message.contains("OPENBLAS_CORETYPE=Haswell"), message);
    }
}
