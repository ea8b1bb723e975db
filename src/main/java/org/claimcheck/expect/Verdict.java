package org.claimcheck.expect;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a faithful run says about a claim on one backend. */
public enum Verdict {
    HOLDS,
    CONTRADICTED,
    /** Holds on some machines and not on others (timing claims, typically): either outcome is accepted and reported. */
    @JsonProperty("HARDWARE-DEPENDENT")
    HARDWARE_DEPENDENT;

    @Override
    public String toString() {
        return this == HARDWARE_DEPENDENT ? "HARDWARE-DEPENDENT" : name();
    }
}
