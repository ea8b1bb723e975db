package org.claimcheck.env;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The machine a run happened on, as recorded in expected files and reports. The machine class
 * (cpu-avx512, cpu-avx2, cpu-generic; gpu-smXY from the CUDA compute capability) is the coarse key expected bands are stored under.
 */
public record MachineInfo(Backend backend, String machineClass, String cpuModel, int cores, String os, String java,
                          String dl4jVersion, String blas, String ompThreads, String gpuModel) {

    private static MachineInfo current;

    public static synchronized MachineInfo current() {
        if (current == null) {
            current = detect();
        }
        return current;
    }

    private static MachineInfo detect() {
        Backend backend = Backend.active();
        List<String> cpuinfo = cpuinfo();
        String model = field(cpuinfo, "model name");
        String flags = field(cpuinfo, "flags");
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        String machineClass = backend == Backend.CPU ? cpuClass(" " + flags + " ") : gpuClass(firstDevice(env));
        String gpu = backend == Backend.CPU ? "none" : gpuModel(firstDevice(env));
        String blas = backend == Backend.CPU
                ? String.valueOf(env.getOrDefault("blas.vendor", "unknown")) + " " + libraryVersion("org.bytedeco", "openblas")
                : "cuBLAS (CUDA " + libraryVersion("org.bytedeco", "cuda") + ") on " + gpu;
        return new MachineInfo(backend, machineClass, model, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
                libraryVersion("org.deeplearning4j", "deeplearning4j-nn"), blas,
                String.valueOf(env.getOrDefault("omp.threads", "unknown")), gpu);
    }

    /** nd4j-cuda lists its devices under "cuda.devicesInformation", each a map of cuda.* values. */
    private static Map<?, ?> firstDevice(Properties env) {
        Object devices = env.get("cuda.devicesInformation");
        if (devices instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> device) {
            return device;
        }
        return Map.of();
    }

    /** gpu-sm90 for compute capability 9.0 (H100, H200), gpu-sm86 for an RTX 30xx, and so on. */
    static String gpuClass(Map<?, ?> device) {
        Object major = device.get("cuda.deviceMajor");
        Object minor = device.get("cuda.deviceMinor");
        return major == null || minor == null ? "gpu-unknown" : "gpu-sm" + major + minor;
    }

    private static String gpuModel(Map<?, ?> device) {
        Object name = device.get("cuda.deviceName");
        Object total = device.get("cuda.totalMemory");
        return (name == null ? "unknown GPU" : name.toString()) + (total == null ? "" : ", " + (Long.parseLong(total.toString()) >> 20) + " MiB")
                + " (" + gpuClass(device).replace("gpu-", "") + ")";
    }

    /** The CPU machine class from /proc/cpuinfo alone, without loading ND4J. */
    public static String cpuClassOfThisMachine() {
        return cpuClass(" " + field(cpuinfo(), "flags") + " ");
    }

    static String cpuClass(String flags) {
        if (flags.contains(" avx512f ")) {
            return "cpu-avx512";
        }
        if (flags.contains(" avx2 ")) {
            return "cpu-avx2";
        }
        return "cpu-generic";
    }

    /** The expected-file key: backend and machine class, e.g. {@code cpu-avx2}. */
    public String key() {
        return machineClass;
    }

    public Map<String, String> asProperties() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("backend", backend.id() + " (" + backend.artifact() + ")");
        map.put("machine.class", machineClass);
        map.put("cpu", cpuModel);
        map.put("gpu", gpuModel);
        map.put("cores", String.valueOf(cores));
        map.put("os", os);
        map.put("java", java);
        map.put("dl4j", dl4jVersion);
        map.put("blas", blas);
        map.put("omp.threads", ompThreads);
        return map;
    }

    private static List<String> cpuinfo() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String field(List<String> cpuinfo, String name) {
        return cpuinfo.stream().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .orElse(System.getProperty("os.arch"));
    }

    static String libraryVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = MachineInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
