package org.claimcheck.env;

import java.util.Optional;

/**
 * Run by {@code mvn test -Pgpu} before the tests: fails the build in seconds, with one message
 * saying what was looked for and what to do, when this machine cannot run the GPU backend,
 * instead of a native stack trace from every test. Two steps: {@code --driver} runs inside
 * Maven (no ND4J) and looks for the NVIDIA driver and, where there is one, for a GPU that
 * nd4j-cuda ships code for ({@link GpuSupport}), so its message is Maven's error line; then a
 * forked JVM with the test classpath loads nd4j-cuda and names the GPU it found.
 */
public final class GpuPreflight {
    private GpuPreflight() {
    }

    public static void main(String[] args) {
        Optional<String> reason = GpuProbe.unavailableReason();
        if (args.length > 0 && args[0].equals("--driver")) {
            if (reason.isPresent()) {
                throw new IllegalStateException("claimcheck: -Pgpu cannot run here. " + reason.get());
            }
            System.out.println("claimcheck GPU preflight: an NVIDIA driver is present, and no GPU that nd4j-cuda ships no code for");
            return;
        }
        if (reason.isPresent()) {
            fail(reason.get());
            return;
        }
        Backend loaded;
        try {
            loaded = Backend.active();
        } catch (Throwable e) {
            fail("ND4J's CUDA backend did not load although an NVIDIA driver is present: " + e + ". " + GpuProbe.advice());
            return;
        }
        if (loaded != Backend.GPU) {
            fail("ND4J loaded its " + loaded.id() + " backend (" + loaded.artifact() + "), not nd4j-cuda: check that"
                    + " BACKEND_PRIORITY_GPU is above BACKEND_PRIORITY_CPU and nd4j-cuda-11.6 is on the test classpath.");
            return;
        }
        MachineInfo machine = MachineInfo.current();
        System.out.println("claimcheck GPU preflight: ND4J's CUDA backend is loaded, arithmetic " + machine.key()
                + " (" + machine.gpuModel() + ")");
    }

    private static void fail(String message) {
        System.err.println();
        System.err.println("claimcheck: -Pgpu cannot run here.");
        System.err.println(message);
        System.err.println();
        System.exit(1);
    }
}
