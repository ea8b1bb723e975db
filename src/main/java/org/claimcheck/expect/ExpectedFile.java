package org.claimcheck.expect;

import java.util.Map;

/**
 * The stored expectation for one run of one claim under one arithmetic (backend, BLAS library and kernel).
 *
 * @param curves by curve key (see {@code Curve#key()})
 */
public record ExpectedFile(int format, String claim, String run, String key, String spec, BandRule rule, String ruleText,
                           Provenance provenance, Map<String, ExpectedCurve> curves) {

    public static final int FORMAT = 2;
}
