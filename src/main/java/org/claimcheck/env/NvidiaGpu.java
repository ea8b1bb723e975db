package org.claimcheck.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One GPU as the NVIDIA driver describes it, asked before any ND4J class loads:
 * {@code nvidia-smi --query-gpu=name,compute_cap --format=csv,noheader} (drivers from 510 on
 * know compute_cap).
 *
 * @param capability empty where the driver does not report it
 */
public record NvidiaGpu(int index, String name, Optional<CudaArchitecture> capability) {

    /** The GPUs nvidia-smi lists; empty where it is missing, fails or answers nothing. */
    public static List<NvidiaGpu> query() {
        try {
            Process process = new ProcessBuilder("nvidia-smi", "--query-gpu=name,compute_cap", "--format=csv,noheader")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return List.of();
            }
            return fromNvidiaSmi(output);
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Lines like "NVIDIA H100 80GB HBM3, 9.0"; "[N/A]" or an unknown field leaves the capability empty. */
    public static List<NvidiaGpu> fromNvidiaSmi(String output) {
        List<NvidiaGpu> gpus = new ArrayList<>();
        for (String line : output.strip().split("\\R")) {
            int comma = line.lastIndexOf(',');
            if (line.isBlank() || comma < 0) {
                continue;
            }
            Optional<CudaArchitecture> capability;
            try {
                capability = Optional.of(CudaArchitecture.parse(line.substring(comma + 1)));
            } catch (IllegalArgumentException e) {
                capability = Optional.empty();
            }
            gpus.add(new NvidiaGpu(gpus.size(), line.substring(0, comma).strip(), capability));
        }
        return gpus;
    }

    public String describe() {
        return "GPU " + index + " (" + name + ", compute capability " + capability.map(c -> c.capability() + ", " + c.sm()).orElse("unknown") + ")";
    }
}
