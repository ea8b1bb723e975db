package org.claimcheck.expect;

import java.util.Map;

/**
 * The stored expectation for one run of one claim on one machine class.
 *
 * @param curves by curve key (see {@code Curve#key()})
 */
public record ExpectedFile(int format, String claim, String run, String key, String spec, BandRule rule, String ruleText,
                           Provenance provenance, Map<String, ExpectedCurve> curves) {

    public static final int FORMAT = 1;
}
