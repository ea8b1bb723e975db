package org.claimcheck.env;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The machine a run happened on, as recorded in expected files and reports. Its arithmetic key
 * is what decides the numbers a seeded run produces, and what expected files are stored under:
 * on the CPU the backend, the BLAS library and the kernel it runs ({@code cpu-openblas-haswell});
 * on CUDA the compute capability ({@code gpu-sm86}). Two machines with the same key, DL4J
 * version, data type and thread count reproduce each other's golden values bit for bit, whatever
 * the CPU vendor or model.
 */
public record MachineInfo(Backend backend, String arithmetic, String platform, String cpuModel, int cores, String os, String java,
                          String dl4jVersion, String blas, String blasKernel, String ompThreads, String gpuModel) {

    private static MachineInfo current;

    public static synchronized MachineInfo current() {
        if (current == null) {
            current = detect();
        }
        return current;
    }

    private static MachineInfo detect() {
        Backend backend = Backend.active();
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        String common = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        String javaVersion = System.getProperty("java.vendor") + " " + System.getProperty("java.version");
        String dl4j = libraryVersion("org.deeplearning4j", "deeplearning4j-nn");
        String cpu = Cpu.ofThisMachine().model();
        if (backend == Backend.GPU) {
            Map<?, ?> device = firstDevice(env);
            String gpu = gpuModel(device);
            return new MachineInfo(backend, gpuClass(device), org.bytedeco.javacpp.Loader.getPlatform(), cpu, Runtime.getRuntime().availableProcessors(), common, javaVersion, dl4j,
                    "cuBLAS (CUDA " + libraryVersion("org.bytedeco", "cuda") + ")", "none (cuBLAS on " + gpu + ")",
                    String.valueOf(env.getOrDefault("omp.threads", "unknown")), gpu);
        }
        String vendor = String.valueOf(env.getOrDefault("blas.vendor", "unknown"));
        Optional<BlasKernel> kernel = vendor.equalsIgnoreCase("OPENBLAS") ? OpenBlas.activeKernel() : Optional.empty();
        kernel.flatMap(BlasChoice.fromSystemProperty()::notHonouredBy).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        return new MachineInfo(backend, cpuArithmetic(vendor, kernel), org.bytedeco.javacpp.Loader.getPlatform(), cpu, Runtime.getRuntime().availableProcessors(), common,
                javaVersion, dl4j, vendor + " " + libraryVersion("org.bytedeco", "openblas"),
                kernel.map(BlasKernel::openBlasName).orElse("unknown"), Threads.inEffect(), "none");
    }

    /** {@code cpu-openblas-haswell}: the backend, the BLAS library and the kernel it runs. */
    static String cpuArithmetic(String blasVendor, Optional<BlasKernel> kernel) {
        return "cpu-" + blasVendor.toLowerCase(Locale.ROOT) + "-" + kernel.map(BlasKernel::keyPart).orElse("unknown");
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

    /** The expected-file key: the arithmetic, e.g. {@code cpu-openblas-haswell} or {@code gpu-sm86}. */
    public String key() {
        return arithmetic;
    }

    public Map<String, String> asProperties() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("backend", backend.id() + " (" + backend.artifact() + ")");
        map.put("arithmetic", arithmetic);
        map.put("platform", platform);
        map.put("cpu", cpuModel);
        map.put("gpu", gpuModel);
        map.put("cores", String.valueOf(cores));
        map.put("os", os);
        map.put("java", java);
        map.put("dl4j", dl4jVersion);
        map.put("blas", blas);
        map.put("blas.kernel", blasKernel);
        map.put("blas.kernel.setting", BlasChoice.fromSystemProperty().text());
        map.put("omp.threads", ompThreads);
        return map;
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
