package org.claimcheck.env;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimcheck.io.AtomicWrite;

/**
 * nd4j-cuda's native library, {@code libnd4jcuda.so}, and the GPU architectures it ships code
 * for, read from the library itself ({@link CudaFatbin}) so that another nd4j-cuda version brings
 * its own set. Reading takes seconds, so the answer is kept in {@code target/} beside the build,
 * keyed by the jar's path, size and date.
 */
public final class NdCudaLibrary {
    /** Where nd4j-cuda's jar keeps the library. */
    public static final String ENTRY = "org/nd4j/linalg/jcublas/bindings/linux-x86_64/libnd4jcuda.so";
    /** The jar the gpu profile resolves, for JVMs that do not have it on their class path (the harness tests). */
    public static final String JAR_PROPERTY = "claimcheck.cuda.jar";
    static final Path CACHE_DIR = Path.of("target", "claimcheck-cache");

    private NdCudaLibrary() {
    }

    /** The nd4j-cuda jar on this JVM's class path, if any. */
    public static Optional<Path> jarOnClassPath() {
        URL url = NdCudaLibrary.class.getClassLoader().getResource(ENTRY);
        if (url == null || !url.getProtocol().equals("jar")) {
            return Optional.empty();
        }
        String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
        try {
            return Optional.of(Path.of(new URL(file).toURI()));
        } catch (IOException | URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The jar named by {@value #JAR_PROPERTY}, if it is set and the file exists. */
    public static Optional<Path> jarFromProperty() {
        String named = System.getProperty(JAR_PROPERTY, "").strip();
        return named.isEmpty() ? Optional.empty() : Optional.of(Path.of(named)).filter(Files::isRegularFile);
    }

    /** What the jar's library ships, from the cache when the jar has not changed since it was read. */
    public static ShippedKernels shipped(Path jar) {
        try {
            String key = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
            Path cache = CACHE_DIR.resolve(jar.getFileName() + ".kernels.properties");
            if (Files.isRegularFile(cache)) {
                Properties cached = new Properties();
                try (Reader in = Files.newBufferedReader(cache)) {
                    cached.load(in);
                }
                if (key.equals(cached.getProperty("jar"))) {
                    return new ShippedKernels(cached.getProperty("library"), parse(cached.getProperty("cubins")), parse(cached.getProperty("ptx")));
                }
            }
            ShippedKernels read = CudaFatbin.read(jar, ENTRY);
            Properties store = new Properties();
            store.setProperty("jar", key);
            store.setProperty("library", read.library());
            store.setProperty("cubins", format(read.cubins()));
            store.setProperty("ptx", format(read.ptx()));
            AtomicWrite.write(cache, temporary -> {
                try (Writer out = Files.newBufferedWriter(temporary)) {
                    store.store(out, "GPU code in " + jar.getFileName() + ", read from its .nv_fatbin by claimcheck (CudaFatbin)");
                }
            });
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GPU architectures shipped in " + jar + ": " + e.getMessage(), e);
        }
    }

    private static String format(SortedMap<CudaArchitecture, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().major() * 10 + e.getKey().minor() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static SortedMap<CudaArchitecture, Integer> parse(String text) {
        SortedMap<CudaArchitecture, Integer> counts = new TreeMap<>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(p -> p.split(":"))
                    .forEach(p -> counts.put(CudaArchitecture.ofSm(Integer.parseInt(p[0])), Integer.parseInt(p[1])));
        }
        return counts;
    }
}
