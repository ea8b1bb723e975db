package org.claimcheck.expect;

import java.util.List;
import java.util.Map;

/** What a failing run produced, written beside its expected file as {@code <key>.obtained.json}. */
public record ObtainedFile(String claim, String run, String key, String spec, Provenance provenance,
                           Map<String, List<double[]>> curves) {
}
