package org.claimcheck.env;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kernels of the OpenBLAS that nd4j-native 1.0.0-M2.1 ships (0.3.19). The x86-64 builds
 * (Linux, macOS, Windows) carry them all (DYNAMIC_ARCH): OpenBLAS picks one by CPU model when it
 * loads, unless {@code OPENBLAS_CORETYPE} names one. The arm64 builds carry one, ARMV8. Float
 * results differ between kernels, so the kernel is part of what decides a run's arithmetic. Each kernel lists the CPU flags (as /proc/cpuinfo spells them) its code
 * needs: forcing a kernel onto a CPU without them ends in an illegal instruction.
 */
public enum BlasKernel {
    PRESCOTT("Prescott", true, "pni"),  // SSE3, as /proc/cpuinfo names it
    CORE2("Core2", true, "ssse3"),
    NEHALEM("Nehalem", true, "sse4_2"),
    SANDYBRIDGE("Sandybridge", true, "avx"),
    HASWELL("Haswell", true, "avx2", "fma"),
    ZEN("Zen", true, "avx2", "fma"),
    SKYLAKEX("SkylakeX", true, "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"),
    /** OpenBLAS 0.3.19 chooses it by itself on CPUs with AVX-512 BF16, but its OPENBLAS_CORETYPE lookup stops one name short of it. */
    COOPERLAKE("Cooperlake", false, "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl", "avx512_bf16"),
    BARCELONA("Barcelona", true, "sse4a"),
    BULLDOZER("Bulldozer", true, "avx", "fma4"),
    PILEDRIVER("Piledriver", true, "avx", "fma", "fma4"),
    STEAMROLLER("Steamroller", true, "avx", "fma", "fma4"),
    EXCAVATOR("Excavator", true, "avx2", "fma", "fma4"),
    /** The one kernel of the arm64 builds (linux-arm64, macosx-arm64): built for ARMv8, no runtime choice, nothing to pin. */
    ARMV8("ARMV8", false);

    /** The kernel every x86-64 CPU with AVX2 and FMA can run (Intel since 2013, AMD since 2015): the default pin. */
    public static final BlasKernel PINNED_DEFAULT = HASWELL;

    private final String openBlasName;
    private final boolean forcible;
    private final List<String> cpuFlags;

    BlasKernel(String openBlasName, boolean forcible, String... cpuFlags) {
        this.openBlasName = openBlasName;
        this.forcible = forcible;
        this.cpuFlags = List.of(cpuFlags);
    }

    /** The name OPENBLAS_CORETYPE takes and OpenBLAS prints ("Core: Haswell"). */
    public String openBlasName() {
        return openBlasName;
    }

    /** Whether OPENBLAS_CORETYPE can select it in this OpenBLAS version. */
    public boolean forcible() {
        return forcible;
    }

    /** The symbol of this kernel's function table inside libopenblas, e.g. {@code gotoblas_HASWELL}. */
    String tableSymbol() {
        return "gotoblas_" + name();
    }

    /** The CPU flags this kernel needs that the given CPU lacks; empty when it can run here. */
    public List<String> missingFlags(Set<String> cpuFlags) {
        return this.cpuFlags.stream().filter(flag -> !cpuFlags.contains(flag)).toList();
    }

    /** Its part of an arithmetic key: {@code haswell}. */
    public String keyPart() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kernel OpenBLAS knows by this name (case does not matter, as in OpenBLAS itself). */
    public static Optional<BlasKernel> named(String text) {
        return Arrays.stream(values()).filter(k -> k.openBlasName.equalsIgnoreCase(text.strip())).findFirst();
    }

    /** The names a user may pin, for messages. */
    public static String forcibleNames() {
        return Arrays.stream(values()).filter(BlasKernel::forcible).map(BlasKernel::openBlasName).collect(Collectors.joining(", "));
    }
}
