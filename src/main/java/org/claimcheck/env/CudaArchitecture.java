package org.claimcheck.env;

import java.util.Locale;

/** An NVIDIA compute capability, e.g. 8.6 (written sm_86 for the kernels compiled for it). */
public record CudaArchitecture(int major, int minor) implements Comparable<CudaArchitecture> {

    public CudaArchitecture {
        if (major < 1 || minor < 0 || minor > 9) {
            throw new IllegalArgumentException("not a compute capability: " + major + "." + minor);
        }
    }

    /** From the number in a fatbin entry header (86 for sm_86, 100 for sm_100). */
    public static CudaArchitecture ofSm(int sm) {
        return new CudaArchitecture(sm / 10, sm % 10);
    }

    /** From nvidia-smi's compute_cap column, e.g. "9.0". */
    public static CudaArchitecture parse(String computeCapability) {
        String[] parts = computeCapability.trim().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a compute capability (X.Y): '" + computeCapability + "'");
        }
        return new CudaArchitecture(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * Whether a cubin compiled for this architecture runs on {@code device}: NVIDIA's binary
     * compatibility rule, same major revision and the same or a higher minor one (a cubin for 8.6
     * runs on 8.9, not on 8.0 and not on 9.0).
     */
    public boolean cubinRunsOn(CudaArchitecture device) {
        return device.major == major && device.minor >= minor;
    }

    /** Whether PTX compiled for this architecture can be JIT-compiled for {@code device} (any later one). */
    public boolean ptxRunsOn(CudaArchitecture device) {
        return device.compareTo(this) >= 0;
    }

    public String sm() {
        return "sm_" + major + minor;
    }

    public String capability() {
        return String.format(Locale.ROOT, "%d.%d", major, minor);
    }

    @Override
    public int compareTo(CudaArchitecture other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return sm();
    }
}
