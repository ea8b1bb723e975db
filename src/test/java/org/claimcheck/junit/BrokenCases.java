package org.claimcheck.junit;

import org.claimcheck.claims.Catalogue;
import org.claimcheck.claims.ClaimCheck;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Two claim cases that break, one in its method and one when it is judged (a malformed
 * verdicts.json), run by {@link BrokenCaseKeepsItsRowTest} in a JVM of its own with its own
 * reports and expected folders. Not a test class: Surefire never picks it up.
 */
public final class BrokenCases {
    private BrokenCases() {
    }

    public static void main(String[] args) {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(Fixture.class)).build());
    }

    static class Fixture {
        @ClaimTest(value = Catalogue.L12_FIT, title = "throws before it is judged")
        void throwsBeforeItIsJudged(ClaimCheck check) {
            throw new IllegalStateException("planted: the claim method threw");
        }

        @ClaimTest(value = Catalogue.L12_FIT, title = "judged against a malformed verdicts file")
        void isJudgedAgainstAMalformedVerdictsFile(ClaimCheck check) {
            check.expect("a relation that holds", true, "no numbers");
        }
    }
}
