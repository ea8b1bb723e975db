package org.claimcheck.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A claim class whose claims together train every seeded run it declares (its static
 * {@code RunSpec} fields and {@code Map<String, RunSpec>} constants): when all its claim tests are
 * selected, those runs start together as the class starts, longest first, instead of claim by
 * claim, so that no core waits for the last run of one claim while the next claim's runs have not
 * started ({@link DeclaredRuns} finds them). Runs do not depend on when or beside what they train,
 * so nothing a run records moves. Left off classes whose declared runs are not all trained through
 * the run cache (timing claims, fresh JVMs, unseeded draws).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TrainsAhead {
}
