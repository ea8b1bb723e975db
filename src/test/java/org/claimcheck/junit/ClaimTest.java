package org.claimcheck.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.claimcheck.claims.Catalogue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A claim test: one method per claim (a row of CLAIMS.md), run once per case and backend.
 * The cases are the constants of the method's enum parameter that implements
 * {@link org.claimcheck.claims.CaseKind}; a method without one has a single case, named after
 * the method and titled {@link #title()}. A {@link org.claimcheck.claims.ClaimCheck} parameter
 * gets the case's check, begun before the method runs and verified after it returns.
 *
 * <pre>{@code
 * @ClaimTest(L13_LR)
 * void learningRateProfiles(LearningRateCase lrCase, ClaimCheck check) { … check.expect(…); }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@Tag("claim")
@ExtendWith(ClaimCheckExtension.class)
public @interface ClaimTest {
    Catalogue value();

    /** The title of a method's single case (methods with a case type take titles from it). */
    String title() default "";
}
