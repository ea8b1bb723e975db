package org.claimcheck.expect;

import java.util.List;

/**
 * Where an expected band came from: enough to tell whether this machine's arithmetic is the
 * recording's (then the golden values apply, see {@link GoldenValues}).
 *
 * @param arithmetic the arithmetic key the file is stored under, e.g. cpu-openblas-haswell
 * @param platform   the native platform whose libraries ran, e.g. linux-x86_64
 * @param blas       the BLAS library and its version, e.g. "OPENBLAS 0.3.19-1.5.7"
 * @param blasKernel the kernel that library ran, as OpenBLAS itself reported it, e.g. "Haswell"
 * @param ompThreads ND4J's OpenMP threads
 */
public record Provenance(String dl4jVersion, String backend, String arithmetic, String platform, String cpu, String blas, String blasKernel,
                         String ompThreads, String os, String java, String dataType, List<List<Long>> seeds, String recordedAt,
                         String command) {
}
