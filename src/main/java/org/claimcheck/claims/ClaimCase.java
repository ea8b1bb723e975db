package org.claimcheck.claims;

import java.util.Arrays;
import java.util.stream.Stream;
import org.claimcheck.env.Backend;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One parameter set of a claim test: a claim, a case of it, and the backend it runs on. Its
 * text is the test's display name, e.g. {@code L13-OPT · nadam-beats-sgd · cpu}.
 */
public record ClaimCase(Claim claim, String caseName, Backend backend) {

    /** Each case on every backend: ND4J loads one backend per JVM, and the other is reported as skipped. */
    public static Stream<Arguments> onEveryBackend(Claim claim, String... cases) {
        return Arrays.stream(Backend.values())
                .flatMap(backend -> Arrays.stream(cases).map(name -> Arguments.of(new ClaimCase(claim, name, backend))));
    }

    @Override
    public String toString() {
        return claim.id() + " · " + caseName + " · " + backend.id();
    }
}
