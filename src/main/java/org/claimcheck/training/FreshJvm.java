package org.claimcheck.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;

/**
 * Trains a spec in a new JVM with this JVM's class path, system settings and environment (so the
 * same OPENBLAS_CORETYPE, checked again there), and
 * reads its recorded run back: "trained once in a fresh process" of L12-SEEDED.
 */
public final class FreshJvm {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_MINUTES = 10;

    private FreshJvm() {
    }

    public static RecordedRun train(RunSpec spec) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("claimcheck-fresh-jvm");
            Path specFile = folder.resolve("spec.json");
            Path runFile = folder.resolve("run.json");
            Path log = folder.resolve("output.log");
            JSON.writeValue(specFile.toFile(), spec);
            List<String> command = command(java.util.Map.of(), Main.class, specFile.toString(), runFile.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the fresh JVM training " + spec.slug() + " did not finish in " + TIMEOUT_MINUTES
                        + " minutes; the end of its output:\n" + tail(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the fresh JVM training " + spec.slug() + " exited with " + process.exitValue()
                        + "; the end of its output:\n" + tail(log));
            }
            return JSON.readValue(runFile.toFile(), RecordedRun.class);
        } catch (IOException e) {
            throw new IllegalStateException("could not train " + spec.slug() + " in a fresh JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a fresh JVM trained " + spec.slug(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * The command line that runs {@code main} in a new JVM with this JVM's class path and its
     * claimcheck, JavaCPP and headless settings, each of {@code settings} set or replaced.
     */
    public static List<String> command(java.util.Map<String, String> settings, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("claimcheck.") || name.startsWith("org.bytedeco.") || name.equals("java.awt.headless"))
                .filter(name -> !settings.containsKey(name)).sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        settings.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> command.add("-D" + e.getKey() + "=" + e.getValue()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** This JVM's own java launcher: bin/java, or bin\java.exe on Windows. */
    static Path javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** The spec, run and log files are read; a failed run's log was quoted in its message. */
    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a claim over
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** The child process: trains the spec in its first argument and writes the run to its second. */
    public static final class Main {
        public static void main(String[] args) throws IOException {
            // Loads ND4J and checks that this process runs the pinned BLAS kernel, as the parent does.
            org.claimcheck.env.MachineInfo.current();
            RunSpec spec = JSON.readValue(Path.of(args[0]).toFile(), RunSpec.class);
            JSON.writeValue(Path.of(args[1]).toFile(), Trainer.train(spec));
        }
    }
}
