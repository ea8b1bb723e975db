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

    /**
     * Each case on every backend this JVM generates cases for (-Dclaimcheck.backends, cpu,gpu by
     * default): ND4J loads one backend per JVM, and the other backend's cases are reported as
     * skipped. -Pmatrix generates only its own backend's cases in each of its two JVMs, so the
     * merged report holds each case once per backend.
     */
    public static Stream<Arguments> onEveryBackend(Claim claim, String... cases) {
        return Backend.withCases().stream()
                .flatMap(backend -> Arrays.stream(cases).map(name -> Arguments.of(new ClaimCase(claim, name, backend))));
    }

    @Override
    public String toString() {
        return claim.id() + " · " + caseName + " · " + backend.id();
    }
}
