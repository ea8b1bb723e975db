package org.claimcheck.env;

import java.util.Optional;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;

/**
 * Asks the OpenBLAS loaded in this JVM which kernel it runs. The JavaCPP bindings of OpenBLAS
 * 0.3.19 leave out {@code openblas_get_corename()}, but the library exports the pointer
 * {@code gotoblas} to the function table of the kernel it chose, and each kernel's table
 * ({@code gotoblas_HASWELL}, …): comparing addresses through JavaCPP's {@link Loader#addressof}
 * names the kernel without trusting the environment variable. Call it only on the CPU backend,
 * after ND4J has loaded (which loads OpenBLAS).
 */
public final class OpenBlas {
    private OpenBlas() {
    }

    /** The kernel OpenBLAS runs, or empty when its tables cannot be found (another BLAS, another OpenBLAS build). */
    public static Optional<BlasKernel> activeKernel() {
        Pointer chosen = Loader.addressof("gotoblas");
        if (chosen == null || chosen.isNull()) {
            return Optional.empty();
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
}
