package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.claimcheck.env.CudaArchitecture;
import org.claimcheck.env.GpuSupport;
import org.claimcheck.env.NvidiaGpu;
import org.claimcheck.env.ShippedKernels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The -Pgpu preflight's decision: what the driver reports against what nd4j-cuda 1.0.0-M2.1 ships. */
@Tag("harness")
class GpuSupportTest {
    /** What CudaKernelsTest reads from nd4j-cuda-11.6-1.0.0-M2.1's libnd4jcuda.so. */
    static final ShippedKernels ND4J_CUDA_M2_1 = new ShippedKernels("libnd4jcuda.so in nd4j-cuda-11.6-1.0.0-M2.1-linux-x86_64.jar",
            counts(37, 50, 52, 60, 61, 70, 75, 80, 86), new TreeMap<>());
    static final Optional<String> DRIVER_PRESENT = Optional.empty();

    static SortedMap<CudaArchitecture, Integer> counts(int... sms) {
        SortedMap<CudaArchitecture, Integer> counts = new TreeMap<>();
        Arrays.stream(sms).forEach(sm -> counts.put(CudaArchitecture.ofSm(sm), 228));
        return counts;
    }

    static List<NvidiaGpu> gpus(String nvidiaSmiOutput) {
        return NvidiaGpu.fromNvidiaSmi(nvidiaSmiOutput);
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "NVIDIA GeForce RTX 3090     | 8.6 | runs",
            "NVIDIA A100-SXM4-80GB       | 8.0 | runs",
            "NVIDIA L4                   | 8.9 | runs",
            "Tesla V100-SXM2-16GB        | 7.0 | runs",
            "Tesla K80                   | 3.7 | runs",
            "NVIDIA H100 80GB HBM3       | 9.0 | refused",
            "NVIDIA H200                 | 9.0 | refused",
            "NVIDIA B200                 | 10.0 | refused",
            "Tesla K40m                  | 3.5 | refused",
    })
    void runsExactlyWhereACubinDoes(String name, String capability, String expected) {
        Optional<String> reason = GpuSupport.unavailableReason(DRIVER_PRESENT, gpus(name + ", " + capability), Optional.of(ND4J_CUDA_M2_1));
        assertEquals(expected.equals("refused"), reason.isPresent(), reason.orElse("runs"));
    }

    @Test
    void anH100IsRefusedWithOneMessageThatSaysWhyAndWhatToDo() {
        String reason = GpuSupport.unavailableReason(DRIVER_PRESENT, gpus("NVIDIA H100 80GB HBM3, 9.0"), Optional.of(ND4J_CUDA_M2_1)).orElseThrow();
        for (String part : List.of("GPU 0 (NVIDIA H100 80GB HBM3, compute capability 9.0, sm_90)", "nd4j-cuda-11.6-1.0.0-M2.1",
                "cubins for sm_37, sm_50, sm_52, sm_60, sm_61, sm_70, sm_75, sm_80, sm_86 (228 each), no PTX",
                "without PTX the driver has nothing to compile", "mvn test", "compute capability 3.7+ (3.x), 5.x, 6.x, 7.x, 8.x",
                "libnd4j/README.md")) {
            assertTrue(reason.contains(part), "missing '" + part + "' in: " + reason);
        }
    }

    @Test
    void aMachineWithoutDriverGetsTodaysMessage() {
        String reason = GpuSupport.unavailableReason(Optional.of("no NVIDIA GPU driver on this machine: looked for /proc/driver/nvidia/version"),
                List.of(), Optional.of(ND4J_CUDA_M2_1)).orElseThrow();
        assertTrue(reason.startsWith("GPU unavailable: no NVIDIA GPU driver on this machine"), reason);
        assertTrue(reason.contains("run the CPU backend instead: `mvn test`"), reason);
    }

    @Test
    void whenTheDriverOrTheLibraryCannotTellNd4jIsLeftToTry() {
        assertEquals(Optional.empty(), GpuSupport.unavailableReason(DRIVER_PRESENT, List.of(), Optional.of(ND4J_CUDA_M2_1)));
        assertEquals(Optional.empty(), GpuSupport.unavailableReason(DRIVER_PRESENT, gpus("Old GPU, [N/A]"), Optional.of(ND4J_CUDA_M2_1)));
        assertEquals(Optional.empty(), GpuSupport.unavailableReason(DRIVER_PRESENT, gpus("NVIDIA H100, 9.0"), Optional.empty()));
    }

    @Test
    void aMixedMachineIsToldWhichGpusToKeep() {
        String reason = GpuSupport.unavailableReason(DRIVER_PRESENT, gpus("NVIDIA H100 PCIe, 9.0\nNVIDIA A10, 8.6"),
                Optional.of(ND4J_CUDA_M2_1)).orElseThrow();
        assertTrue(reason.contains("CUDA_VISIBLE_DEVICES=1"), reason);
    }
}
