package org.claimcheck.env;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J backends a claim can run on. ND4J loads exactly one per JVM, so the build says which
 * one a test JVM must load ({@value #PROPERTY}, set by the Maven profile) and which backends'
 * cases the claim tests generate ({@value #CASES_PROPERTY}); a case of another backend is
 * reported as skipped, with the reason.
 */
public enum Backend {
    CPU("cpu", "nd4j-native"), GPU("gpu", "nd4j-cuda");

    /** The backend this JVM is meant to load: cpu (the default build) or gpu (-Pgpu, the GPU half of -Pmatrix). */
    public static final String PROPERTY = "claimcheck.backend";
    /** The backends whose cases are generated, comma-separated; -Pmatrix gives each JVM its own. */
    public static final String CASES_PROPERTY = "claimcheck.backends";

    private final String id;
    private final String artifact;

    Backend(String id, String artifact) {
        this.id = id;
        this.artifact = artifact;
    }

    public String id() {
        return id;
    }

    public String artifact() {
        return artifact;
    }

    /** The backend ND4J loaded in this JVM (this loads ND4J). */
    public static Backend active() {
        String name = Nd4j.getBackend().getClass().getName();
        return name.toLowerCase(Locale.ROOT).contains("cuda") || name.contains("JCublas") ? GPU : CPU;
    }

    /** The backend this JVM is meant to load, from -D{@value #PROPERTY}; ND4J is not touched. */
    public static Backend requested() {
        return parse(System.getProperty(PROPERTY, "cpu"), PROPERTY);
    }

    /** The backends whose claim cases this JVM generates, from -D{@value #CASES_PROPERTY}. */
    public static List<Backend> withCases() {
        List<Backend> backends = new ArrayList<>();
        if (System.getProperty(CASES_PROPERTY) == null) {
            return List.of(Arrays.stream(values()).filter(b -> b.id.equals(System.getProperty(PROPERTY, "cpu").strip())).findFirst().orElse(CPU));
        }
        for (String part : System.getProperty(CASES_PROPERTY).split(",")) {
            if (!part.isBlank()) {
                Backend backend = parse(part, CASES_PROPERTY);
                if (!backends.contains(backend)) {
                    backends.add(backend);
                }
            }
        }
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("-D" + CASES_PROPERTY + " names no backend: give cpu, gpu or cpu,gpu");
        }
        return backends;
    }

    /** For each backend this build generates no cases for: one line saying so and how to run it. */
    public static List<String> notRunLines() {
        return Arrays.stream(values()).filter(b -> !withCases().contains(b))
                .map(b -> b.id + ": not run in this build; " + (b == GPU
                        ? "run `mvn test -Pgpu` on a machine with an NVIDIA GPU, or `mvn test -Pmatrix` for both backends"
                        : "run `mvn test`, or `mvn test -Pmatrix` for both backends"))
                .toList();
    }

    public static Backend parse(String text, String property) {
        for (Backend backend : values()) {
            if (backend.id.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return backend;
            }
        }
        throw new IllegalArgumentException("-D" + property + "=" + text + " is not a backend: give cpu or gpu");
    }

    @Override
    public String toString() {
        return id;
    }
}
