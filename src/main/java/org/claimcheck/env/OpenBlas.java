package org.claimcheck.env;

import java.util.Optional;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;

/**
 * Asks the OpenBLAS loaded in this JVM which kernel it runs. The JavaCPP bindings of OpenBLAS
 * 0.3.19 leave out {@code openblas_get_corename()}. A DYNAMIC_ARCH build (the x86-64 ones) exports
 * the pointer {@code gotoblas} to the function table of the kernel it chose, and each kernel's
 * table ({@code gotoblas_HASWELL}, …): comparing addresses through JavaCPP's
 * {@link Loader#addressof} names the kernel without trusting the environment variable. A build
 * for one core (the arm64 ones) has no such table; its core is the one the build's own
 * {@code openblas_config.h}, shipped beside the library in the same jar, names
 * ({@code OPENBLAS_CHAR_CORENAME "ARMV8"}). Call it only on the CPU backend, after ND4J has loaded.
 */
public final class OpenBlas {
    private OpenBlas() {
    }

    /** The kernel OpenBLAS runs, or empty when its tables cannot be found (another BLAS, another OpenBLAS build). */
    public static Optional<BlasKernel> activeKernel() {
        Pointer chosen = Loader.addressof("gotoblas");
        if (chosen == null || chosen.isNull()) {
            return builtFor(Loader.getPlatform());
        }
        long table = new LongPointer(chosen).get();
        for (BlasKernel kernel : BlasKernel.values()) {
            Pointer candidate = Loader.addressof(kernel.tableSymbol());
            if (candidate != null && !candidate.isNull() && candidate.address() == table) {
                return Optional.of(kernel);
            }
        }
        return Optional.empty();
    }

    /** The one core a build without DYNAMIC_ARCH was made for, from the openblas_config.h its jar ships for {@code platform}. */
    static Optional<BlasKernel> builtFor(String platform) {
        String header = "/org/bytedeco/openblas/" + platform + "/include/openblas_config.h";
        try (java.io.InputStream in = OpenBlas.class.getResourceAsStream(header)) {
            if (in == null) {
                return Optional.empty();
            }
            return coreName(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)).flatMap(BlasKernel::named);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** {@code OPENBLAS_CHAR_CORENAME "ARMV8"} in an openblas_config.h: ARMV8. */
    static Optional<String> coreName(String header) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#define OPENBLAS_CHAR_CORENAME \"([A-Za-z0-9_]+)\"").matcher(header);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
