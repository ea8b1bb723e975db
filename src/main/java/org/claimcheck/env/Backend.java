package org.claimcheck.env;

import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J backends a claim can run on. ND4J loads exactly one per JVM, so a test parameterised
 * over both runs its own half and reports the other as skipped.
 */
public enum Backend {
    CPU("cpu", "nd4j-native"), GPU("gpu", "nd4j-cuda");

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

    /** The backend ND4J loaded in this JVM. */
    public static Backend active() {
        String name = Nd4j.getBackend().getClass().getName();
        return name.toLowerCase().contains("cuda") || name.contains("JCublas") ? GPU : CPU;
    }

    @Override
    public String toString() {
        return id;
    }
}
