package org.claimcheck.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This machine's CPU: its model and feature flags, spelled as Linux's /proc/cpuinfo spells them
 * (avx2, fma, sse4_2), from wherever the operating system tells them. The architecture comes from
 * the JVM (os.arch), not from /proc/cpuinfo, which under QEMU user mode describes the host.
 *
 * @param flagsKnown false where the system does not say (Windows): a pinned kernel is then trusted
 */
public record Cpu(String model, Set<String> flags, boolean flagsKnown) {

    /** What the operating system says, as the parser needs it: os.name, os.arch, /proc/cpuinfo, sysctl, the environment. */
    record Facts(String osName, String osArch, List<String> cpuinfo, Function<String, Optional<String>> sysctl, Map<String, String> environment) {
    }

    public static Cpu ofThisMachine() {
        List<String> cpuinfo;
        try {
            cpuinfo = Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException | RuntimeException e) {
            cpuinfo = List.of();
        }
        return of(new Facts(System.getProperty("os.name", ""), System.getProperty("os.arch", ""), cpuinfo, Cpu::sysctl, System.getenv()));
    }

    static Cpu of(Facts facts) {
        String os = facts.osName().toLowerCase(Locale.ROOT);
        boolean arm = facts.osArch().equals("aarch64") || facts.osArch().equals("arm64");
        if (os.startsWith("mac")) {
            String model = facts.sysctl().apply("machdep.cpu.brand_string").orElse(facts.osArch());
            if (arm) {
                return new Cpu(model, Set.of(), true);
            }
            String features = facts.sysctl().apply("machdep.cpu.features").orElse("") + " "
                    + facts.sysctl().apply("machdep.cpu.leaf7_features").orElse("");
            return new Cpu(model, macFlags(features), !features.isBlank());
        }
        if (os.startsWith("windows")) {
            return new Cpu(facts.environment().getOrDefault("PROCESSOR_IDENTIFIER", facts.osArch()), Set.of(), false);
        }
        Optional<String> x86Model = field(facts.cpuinfo(), "model name");
        if (arm) {
            // a real arm64 /proc/cpuinfo has "CPU implementer" and "Features"; an x86 one here means QEMU user mode
            return new Cpu(x86Model.map(host -> "aarch64, emulated (QEMU user mode) on " + host)
                    .orElse("aarch64" + field(facts.cpuinfo(), "CPU implementer").map(i -> " (implementer " + i
                            + field(facts.cpuinfo(), "CPU part").map(p -> ", part " + p).orElse("") + ")").orElse("")), Set.of(), true);
        }
        Optional<String> flags = field(facts.cpuinfo(), "flags");
        return new Cpu(x86Model.orElse(facts.osArch()), flags.map(f -> Set.of(f.split("\\s+"))).orElse(Set.of()), flags.isPresent());
    }

    /** macOS spells them in capitals with its own names: AVX1.0, SSE4.2, SSE3 (Linux's avx, sse4_2, pni). */
    static Set<String> macFlags(String features) {
        Map<String, String> renamed = Map.of("avx1.0", "avx", "sse4.2", "sse4_2", "sse4.1", "sse4_1", "sse3", "pni");
        return Arrays.stream(features.toLowerCase(Locale.ROOT).split("\\s+")).filter(f -> !f.isBlank())
                .map(f -> renamed.getOrDefault(f, f)).collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<String> field(List<String> cpuinfo, String name) {
        return cpuinfo.stream().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip());
    }

    private static Optional<String> sysctl(String name) {
        try {
            Process process = new ProcessBuilder("sysctl", "-n", name).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
