package org.claimcheck.env;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether this machine can run ND4J's CUDA backend, found out without loading ND4J (whose CUDA
 * backend fails with a long native stack trace where there is no driver). The CUDA libraries
 * themselves come with the build (cuda-platform-redist); what the machine must provide is an
 * NVIDIA GPU and its driver, i.e. {@code libcuda.so.1}.
 */
public final class GpuProbe {
    /** Where Linux distributions, NVIDIA's container toolkit and WSL 2 put the driver's libcuda. */
    static final List<String> DRIVER_FOLDERS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
            "/usr/local/nvidia/lib64", "/usr/local/nvidia/lib", "/usr/lib/wsl/lib", "/run/opengl-driver/lib");

    private GpuProbe() {
    }

    /** Empty when an NVIDIA driver is present; otherwise what was looked for and not found. */
    public static Optional<String> missingDriver() {
        return missingDriver(driverFolders(), Path.of("/proc/driver/nvidia/version"));
    }

    /** The same search in given places (a test gives it folders of its own). */
    public static Optional<String> missingDriver(List<String> folders, Path proc) {
        for (String folder : folders) {
            if (Files.exists(Path.of(folder, "libcuda.so.1"))) {
                return Optional.empty();
            }
        }
        if (Files.exists(proc)) {
            return Optional.empty();
        }
        return Optional.of("no NVIDIA GPU driver on this machine: looked for " + proc + " and for libcuda.so.1 in "
                + String.join(", ", folders) + " and LD_LIBRARY_PATH");
    }

    private static List<String> driverFolders() {
        List<String> folders = new ArrayList<>(DRIVER_FOLDERS);
        String path = System.getenv("LD_LIBRARY_PATH");
        if (path != null) {
            for (String folder : path.split(":")) {
                if (!folder.isBlank() && !folders.contains(folder)) {
                    folders.add(folder);
                }
            }
        }
        return folders;
    }

    /** What a person does about it. */
    public static String advice() {
        return "The GPU backend (nd4j-cuda-11.6, with the CUDA 11.6 libraries from cuda-platform-redist) needs an NVIDIA GPU"
                + " and its driver (450.80.02 or newer). Install the driver, or run the CPU backend instead: `mvn test`, or"
                + " `mvn test -Pmatrix` for both backends with the GPU cases reported as skipped.";
    }

    private static Optional<String> unavailable;

    /**
     * The sentence a skipped GPU case or a failed -Pgpu build shows: no driver, or a GPU that
     * nd4j-cuda ships no code for (see {@link GpuSupport}). Found once per JVM.
     */
    public static synchronized Optional<String> unavailableReason() {
        if (unavailable == null) {
            Optional<String> missing = missingDriver();
            boolean driver = missing.isEmpty();
            // Only with a driver is there a GPU to ask about and a reason to read the library.
            unavailable = GpuSupport.unavailableReason(missing, driver ? NvidiaGpu.query() : List.of(),
                    driver ? NdCudaLibrary.jarOnClassPath().or(NdCudaLibrary::jarFromProperty).map(NdCudaLibrary::shipped) : Optional.empty());
        }
        return unavailable;
    }
}
