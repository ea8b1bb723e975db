package org.claimcheck.report;

import java.util.Optional;
import org.claimcheck.env.Backend;
import org.claimcheck.env.GpuProbe;
import org.claimcheck.env.MachineInfo;

/**
 * The name of the result set a run produces: the machine (or setting) its results stand for
 * when several sets are compared or merged. {@value #PROPERTY} names it (e.g. "laptop",
 * "float", "2-threads"); by default it is the arithmetic key, e.g. cpu-openblas-haswell or gpu-sm86.
 */
public final class ResultSet {
    public static final String PROPERTY = "claimcheck.set";

    private ResultSet() {
    }

    public static String name() {
        return named().orElseGet(ResultSet::machineDefault);
    }

    /** The name {@value #PROPERTY} gives, checked; empty where it gives none. Never loads ND4J (the settings check calls it). */
    public static Optional<String> named() {
        String named = System.getProperty(PROPERTY, "").strip();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        if (!named.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + named + ": a result set name may hold letters, digits, '.', '_' and '-'");
        }
        return Optional.of(named);
    }

    private static String machineDefault;

    /** The arithmetic key, found once per JVM (it asks OpenBLAS or nd4j-cuda). */
    private static synchronized String machineDefault() {
        if (machineDefault == null) {
            if (Backend.requested() == Backend.GPU) {
                Optional<String> unavailable = GpuProbe.unavailableReason();
                machineDefault = unavailable.isPresent() ? "gpu-unavailable" : MachineInfo.current().key();
            } else {
                machineDefault = MachineInfo.current().key();
            }
        }
        return machineDefault;
    }
}
