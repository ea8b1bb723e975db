package org.claimcheck.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** This machine's CPU as /proc/cpuinfo describes it: the model name and the feature flags. */
public record Cpu(String model, Set<String> flags) {

    public static Cpu ofThisMachine() {
        List<String> cpuinfo;
        try {
            cpuinfo = Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException | RuntimeException e) {
            cpuinfo = List.of();
        }
        return new Cpu(field(cpuinfo, "model name").orElse(System.getProperty("os.arch")),
                field(cpuinfo, "flags").map(f -> Arrays.stream(f.split("\\s+")).collect(Collectors.toUnmodifiableSet())).orElse(Set.of()));
    }

    private static java.util.Optional<String> field(List<String> cpuinfo, String name) {
        return cpuinfo.stream().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip());
    }
}
