package org.claimcheck.claims;

import java.util.Optional;
import org.claimcheck.env.Backend;
import org.claimcheck.env.GpuProbe;

/**
 * Why a claim case cannot run in this JVM: ND4J loads one backend per JVM, and the build says
 * which ({@code -Dclaimcheck.backend}); a GPU case also needs a GPU. The reason is what the
 * skipped test shows.
 */
public final class BackendSkip {
    private BackendSkip() {
    }

    public static Optional<String> reason(Backend caseBackend) {
        Backend jvm = Backend.requested();
        if (caseBackend != jvm) {
            return Optional.of(caseBackend.id().toUpperCase() + " case skipped: this JVM runs ND4J's " + jvm.id().toUpperCase()
                    + " backend (" + jvm.artifact() + "), and ND4J loads one backend per JVM. "
                    + (caseBackend == Backend.GPU
                    ? "GPU cases run with mvn test -Pgpu (GPU only) or -Pmatrix (CPU and GPU in two JVMs) on a machine with an NVIDIA GPU."
                    : "CPU cases run with mvn test or -Pmatrix."));
        }
        if (caseBackend == Backend.GPU) {
            Optional<String> unavailable = GpuProbe.unavailableReason();
            if (unavailable.isPresent()) {
                return Optional.of("GPU case skipped. " + unavailable.get());
            }
        }
        Backend loaded = Backend.active();
        if (loaded != jvm) {
            throw new IllegalStateException("-D" + Backend.PROPERTY + "=" + jvm.id() + " but ND4J loaded its " + loaded.id()
                    + " backend (" + loaded.artifact() + "): the test classpath or BACKEND_PRIORITY_* does not match the build profile");
        }
        return Optional.empty();
    }

    /** The reason in a few words, for a table cell. */
    public static String shortReason(Backend caseBackend) {
        return caseBackend != Backend.requested() ? "no " + caseBackend.artifact() + " in this JVM" : "no GPU on this machine";
    }
}
