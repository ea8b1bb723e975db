package org.claimcheck.claims;

import java.util.Locale;

/**
 * A case of a claim, as a type: usually a constant of the claim test's own enum. Its {@link #id()}
 * is stable and keys verdicts.json and robustness.json; its {@link #title()} is only for people
 * (display names, claims.md) and is never read back.
 */
public interface CaseKind {
    /** The constant's name (enums have it). */
    String name();

    String title();

    /** name() in kebab case: NADAM_BEATS_SGD → nadam-beats-sgd. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The single case of a claim test method without a case type: its id is the method's name in kebab case. */
    record OfMethod(String method, String title) implements CaseKind {
        @Override
        public String name() {
            return method.replaceAll("([a-z])([A-Z0-9])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                    .replaceAll("([0-9])([A-Za-z])", "$1_$2").toUpperCase(Locale.ROOT);
        }
    }
}
