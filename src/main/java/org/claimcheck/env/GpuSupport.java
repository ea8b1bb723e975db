package org.claimcheck.env;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether nd4j-cuda can run on this machine's GPUs: a pure decision on what the driver reports
 * and what the library ships, so that a GPU it has no code for is refused before ND4J loads,
 * with one message, instead of failing every test with "no kernel image is available".
 */
public final class GpuSupport {
    static final String SOURCE_BUILD = "https://github.com/deeplearning4j/deeplearning4j/blob/master/libnd4j/README.md";

    private GpuSupport() {
    }

    /**
     * @param missingDriver what was looked for and not found, when there is no NVIDIA driver
     * @param gpus          the GPUs the driver lists (empty when it could not be asked: then ND4J is left to try)
     * @param shipped       what nd4j-cuda's library ships (empty when the library is not on hand)
     * @return why the GPU backend cannot run here; empty when it can, or when nothing says it cannot
     */
    public static Optional<String> unavailableReason(Optional<String> missingDriver, List<NvidiaGpu> gpus, Optional<ShippedKernels> shipped) {
        if (missingDriver.isPresent()) {
            return Optional.of("GPU unavailable: " + missingDriver.get() + ". " + GpuProbe.advice());
        }
        if (shipped.isEmpty()) {
            return Optional.empty();
        }
        ShippedKernels kernels = shipped.get();
        List<NvidiaGpu> refused = gpus.stream().filter(g -> g.capability().isPresent() && !kernels.runsOn(g.capability().get())).toList();
        if (refused.isEmpty()) {
            return Optional.empty();
        }
        List<NvidiaGpu> usable = gpus.stream().filter(g -> !refused.contains(g)).toList();
        String which = refused.stream().map(NvidiaGpu::describe).collect(Collectors.joining(", "));
        String otherGpus = usable.isEmpty() ? ""
                : " This machine's other GPUs can run it: set CUDA_VISIBLE_DEVICES="
                + usable.stream().map(g -> String.valueOf(g.index())).collect(Collectors.joining(",")) + ".";
        return Optional.of("GPU unsupported: " + which + " is not among the GPUs nd4j-cuda can run. " + kernels.library() + " ships "
                + kernels.summary() + "; a cubin runs only on GPUs of its own major architecture with the same or a higher minor"
                + " revision (NVIDIA's binary compatibility rule), " + (kernels.ptx().isEmpty()
                ? "and without PTX the driver has nothing to compile for a newer GPU."
                : "and its PTX is for later architectures than this GPU's.")
                + otherGpus + " What you can do: run the CPU backend (mvn test); use a GPU that "
                + "nd4j-cuda ships code for (" + supportedRange(kernels) + "); or build ND4J from source with a CUDA that knows this GPU,"
                + " for its architecture (libnd4j's -cc option): " + SOURCE_BUILD);
    }

    /** E.g. "compute capability 3.7+ (3.x), 5.x, 6.x, 7.x, 8.x" for cubins sm_37 … sm_86. */
    static String supportedRange(ShippedKernels kernels) {
        return "compute capability " + kernels.cubins().keySet().stream()
                .filter(a -> kernels.cubins().keySet().stream().noneMatch(b -> b.major() == a.major() && b.minor() < a.minor()))
                .map(a -> a.minor() == 0 ? a.major() + ".x" : a.capability() + "+ (" + a.major() + ".x)")
                .collect(Collectors.joining(", "));
    }
}
