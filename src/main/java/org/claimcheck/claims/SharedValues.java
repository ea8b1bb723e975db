package org.claimcheck.claims;

import java.util.function.Supplier;

/** Values computed once per JVM and shared by the claim cases that ask for them by the same key. */
public interface SharedValues {
    <T> T once(String key, Class<T> type, Supplier<T> compute);
}
