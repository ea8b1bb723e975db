package org.claimcheck.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each platform decision, from fixtures of what each operating system says (no Mac, Windows or arm64 machine is here). */
@Tag("harness")
class PlatformTest {
    static final List<String> XEON = List.of("processor\t: 0", "model name\t: Intel(R) Xeon(R) Processor", "flags\t\t: fpu sse4_2 avx avx2 fma avx512f");
    static final List<String> GRAVITON = List.of("processor\t: 0", "BogoMIPS\t: 243.75", "Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32",
            "CPU implementer\t: 0x41", "CPU part\t: 0xd0c");

    static Cpu cpu(String os, String arch, List<String> cpuinfo, Map<String, String> sysctl, Map<String, String> env) {
        return Cpu.of(new Cpu.Facts(os, arch, cpuinfo, name -> Optional.ofNullable(sysctl.get(name)), env));
    }

    @Test
    void linuxX86ReadsModelAndFlagsFromProcCpuinfo() {
        Cpu cpu = cpu("Linux", "amd64", XEON, Map.of(), Map.of());
        assertEquals("Intel(R) Xeon(R) Processor", cpu.model());
        assertTrue(cpu.flags().containsAll(Set.of("avx2", "fma")));
        assertTrue(cpu.flagsKnown());
    }

    @Test
    void linuxArm64UnderQemuSaysSoInsteadOfNamingTheHost() {
        Cpu cpu = cpu("Linux", "aarch64", XEON, Map.of(), Map.of());
        assertEquals("aarch64, emulated (QEMU user mode) on Intel(R) Xeon(R) Processor", cpu.model());
        assertTrue(cpu.flags().isEmpty(), "the host's x86 flags are not this CPU's");
    }

    @Test
    void realLinuxArm64NamesImplementerAndPart() {
        assertEquals("aarch64 (implementer 0x41, part 0xd0c)", cpu("Linux", "aarch64", GRAVITON, Map.of(), Map.of()).model());
    }

    @Test
    void macIntelAsksSysctlAndSpellsFlagsAsLinuxDoes() {
        Cpu cpu = cpu("Mac OS X", "x86_64", List.of(), Map.of("machdep.cpu.brand_string", "Intel(R) Core(TM) i7-9750H CPU @ 2.60GHz",
                "machdep.cpu.features", "FPU SSE3 SSSE3 FMA SSE4.1 SSE4.2 AVX1.0", "machdep.cpu.leaf7_features", "SMEP BMI1 AVX2 BMI2"), Map.of());
        assertEquals("Intel(R) Core(TM) i7-9750H CPU @ 2.60GHz", cpu.model());
        assertTrue(cpu.flags().containsAll(Set.of("avx", "avx2", "fma", "sse4_2", "pni", "ssse3")), cpu.flags().toString());
        assertTrue(BlasChoice.parse("Haswell").cannotRunOn(cpu.model(), cpu.flags()).isEmpty(), "a Coffee Lake runs Haswell's kernel");
    }

    @Test
    void macAppleSiliconNamesTheChip() {
        assertEquals("Apple M2", cpu("Mac OS X", "aarch64", List.of(), Map.of("machdep.cpu.brand_string", "Apple M2"), Map.of()).model());
    }

    @Test
    void windowsNamesTheProcessorFromTheEnvironmentAndDoesNotClaimToKnowItsFlags() {
        Cpu cpu = cpu("Windows 11", "amd64", List.of(), Map.of(),
                Map.of("PROCESSOR_IDENTIFIER", "Intel64 Family 6 Model 158 Stepping 10, GenuineIntel"));
        assertEquals("Intel64 Family 6 Model 158 Stepping 10, GenuineIntel", cpu.model());
        assertFalse(cpu.flagsKnown(), "the pin is then trusted, not refused for want of flags");
    }

    @Test
    void aOneKernelBuildNamesItsCoreFromTheHeaderItShips() {
        String header = "#define OPENBLAS_NEEDBUNDERSCORE 1\n#define OPENBLAS_CORE_ARMV8 \n#define OPENBLAS_CHAR_CORENAME \"ARMV8\"\n";
        assertEquals(Optional.of("ARMV8"), OpenBlas.coreName(header));
        assertEquals("armv8", BlasKernel.named("ARMV8").orElseThrow().keyPart(), "the arm64 arithmetic is cpu-openblas-armv8");
        assertEquals("cpu-openblas-armv8", MachineInfo.cpuArithmetic("OPENBLAS", BlasKernel.named("ARMV8")));
    }

    @Test
    void aPinNeverStopsAnArm64Build() {
        assertTrue(BlasChoice.parse("Haswell").notHonouredBy(BlasKernel.ARMV8).isEmpty(), "arm64's OpenBLAS has one kernel: nothing to pin");
        assertFalse(BlasKernel.ARMV8.forcible());
    }

    @Test
    void theRequestedThreadCountIsReadStrictly() {
        assertEquals(java.util.OptionalInt.of(1), Threads.requested(Map.of("OMP_NUM_THREADS", "1")));
        assertTrue(Threads.requested(Map.of("OMP_NUM_THREADS", "many")).isEmpty());
        assertTrue(Threads.requested(Map.of()).isEmpty());
        assertEquals("1", Threads.describe(1, 1));
        assertEquals("openmp 4, nd4j 1", Threads.describe(4, 1), "1.0.0-M2 left OpenMP at the core count");
    }
}
