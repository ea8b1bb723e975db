package org.claimcheck.env;

import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * ND4J's CPU threads, pinned through the library and read back from it. libnd4j runs two thread
 * pools: OpenMP's (its ops' parallel loops) and its own (Environment.maxThreads). Both read
 * OMP_NUM_THREADS when ND4J loads in 1.0.0-M2.1, but 1.0.0-M2 sets OpenMP's to the core count
 * whatever the variable says; so the harness sets both to the requested count itself before any
 * training, and reports what the library then says is in effect. A count that does not hold stops
 * the run: a thread count is part of the arithmetic.
 */
public final class Threads {
    /** The environment variable the build sets from -Dclaimcheck.threads. */
    public static final String VARIABLE = "OMP_NUM_THREADS";

    private static boolean pinned;

    private Threads() {
    }

    /** Pins both pools to OMP_NUM_THREADS where it is set (once per JVM; call before training, CPU backend only). */
    public static synchronized void pin() {
        if (pinned) {
            return;
        }
        pinned = true;
        requested(System.getenv()).ifPresent(n -> {
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
            Nd4j.getEnvironment().setMaxThreads(n);
            Nd4j.getEnvironment().setMaxMasterThreads(n);
        });
    }

    /** The thread count OMP_NUM_THREADS asks for, if it is set to one. */
    static java.util.OptionalInt requested(Map<String, String> environment) {
        String text = environment.getOrDefault(VARIABLE, "").strip();
        try {
            int n = Integer.parseInt(text);
            return n >= 1 ? java.util.OptionalInt.of(n) : java.util.OptionalInt.empty();
        } catch (NumberFormatException e) {
            return java.util.OptionalInt.empty();
        }
    }

    /**
     * The threads in effect, as the library reports them: "1" where both pools agree, else
     * "openmp 4, nd4j 1". Throws where OMP_NUM_THREADS asked for a count the library does not run.
     */
    public static String inEffect() {
        pin();
        int openMp = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
        int nd4j = Nd4j.getEnvironment().maxThreads();
        String text = describe(openMp, nd4j);
        java.util.OptionalInt requested = requested(System.getenv());
        if (requested.isPresent() && (openMp != requested.getAsInt() || nd4j != requested.getAsInt())) {
            throw new IllegalStateException(VARIABLE + "=" + requested.getAsInt() + " (from -Dclaimcheck.threads) did not hold: ND4J "
                    + MachineInfo.libraryVersion("org.nd4j", "nd4j-api") + " runs " + text + " threads after the harness set them. The thread"
                    + " count is part of the arithmetic the expected files were recorded with, so this run stops instead of judging with"
                    + " another one; use a DL4J release the pom lists (README, Upgrade check).");
        }
        return text;
    }

    static String describe(int openMp, int nd4j) {
        return openMp == nd4j ? String.valueOf(openMp) : "openmp " + openMp + ", nd4j " + nd4j;
    }
}
