package org.claimcheck.expect;

import java.util.List;

/** Where an expected band came from: enough to tell whether this machine can be compared exactly. */
public record Provenance(String dl4jVersion, String backend, String machineClass, String cpu, String blas, String os,
                         String java, String dataType, List<List<Long>> seeds, String recordedAt, String command) {
}
