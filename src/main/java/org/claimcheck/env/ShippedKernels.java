package org.claimcheck.env;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The GPU code a CUDA library ships, as read from its fatbin: how many cubins (compiled kernels)
 * and PTX programs it holds per architecture. Decides which GPUs the library can run on.
 *
 * @param library where it was read, e.g. "libnd4jcuda.so in nd4j-cuda-11.6-1.0.0-M2.1-linux-x86_64.jar"
 */
public record ShippedKernels(String library, SortedMap<CudaArchitecture, Integer> cubins, SortedMap<CudaArchitecture, Integer> ptx) {

    public ShippedKernels {
        cubins = new TreeMap<>(cubins);
        ptx = new TreeMap<>(ptx);
    }

    /** Whether some cubin runs on the device as compiled, or some PTX can be JIT-compiled for it. */
    public boolean runsOn(CudaArchitecture device) {
        return cubins.keySet().stream().anyMatch(a -> a.cubinRunsOn(device)) || ptx.keySet().stream().anyMatch(a -> a.ptxRunsOn(device));
    }

    /** E.g. "cubins for sm_37, sm_50, …, sm_86 (228 each), no PTX". */
    public String summary() {
        return "cubins for " + describe(cubins) + ", " + (ptx.isEmpty() ? "no PTX" : "PTX for " + describe(ptx));
    }

    private static String describe(SortedMap<CudaArchitecture, Integer> counts) {
        if (counts.isEmpty()) {
            return "no architecture";
        }
        String names = counts.keySet().stream().map(CudaArchitecture::sm).collect(Collectors.joining(", "));
        boolean same = counts.values().stream().distinct().count() == 1;
        return names + (same ? " (" + counts.values().iterator().next() + " each)"
                : " (" + counts.entrySet().stream().map(e -> e.getKey().sm() + ": " + e.getValue()).collect(Collectors.joining(", ")) + ")");
    }

    static SortedMap<CudaArchitecture, Integer> count(Map<Integer, Integer> bySm) {
        SortedMap<CudaArchitecture, Integer> counts = new TreeMap<>();
        bySm.forEach((sm, n) -> counts.put(CudaArchitecture.ofSm(sm), n));
        return counts;
    }
}
