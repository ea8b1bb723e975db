package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimcheck.env.Backend;
import org.claimcheck.junit.ClaimTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** L12-UNSEEDED and L12-PARTIAL-SEED draw their seeds from the case id, never from a title (issue 21, item 2). */
@Tag("harness")
class DrawSeedTest {

    @Test
    void theDrawsOfEachCaseComeFromItsIdAndAreTheOnesTheEvidenceWasRecordedWith() throws NoSuchMethodException {
        CaseKind unseeded = new CaseKind.OfMethod("twoUnseededTrainingsGiveDifferentWeights", "no seed fixed");
        assertEquals("two-unseeded-trainings-give-different-weights", unseeded.id());
        ClaimTest declared = L12ReproducibilityTest.class.getDeclaredMethod("twoUnseededTrainingsGiveDifferentWeights", ClaimCheck.class)
                .getAnnotation(ClaimTest.class);
        assertEquals(Catalogue.L12_UNSEEDED, declared.value());
        assertEquals(List.of(2116725667L, 485096767L, -2086475443L), List.of(
                L12ReproducibilityTest.drawSeed(new ClaimCase(Catalogue.L12_UNSEEDED.claim(), unseeded, Backend.CPU)),
                L12ReproducibilityTest.drawSeed(new ClaimCase(Catalogue.L12_PARTIAL_SEED.claim(), L12ReproducibilityTest.OneSeedFixed.WEIGHTS_SEEDED, Backend.CPU)),
                L12ReproducibilityTest.drawSeed(new ClaimCase(Catalogue.L12_PARTIAL_SEED.claim(), L12ReproducibilityTest.OneSeedFixed.ORDER_SEEDED, Backend.CPU))));
    }

    @Test
    void aRetitledCaseDrawsTheSameSeeds() {
        CaseKind retitled = new CaseKind.OfMethod("twoUnseededTrainingsGiveDifferentWeights", "another title entirely");
        assertEquals(2116725667L, L12ReproducibilityTest.drawSeed(new ClaimCase(Catalogue.L12_UNSEEDED.claim(), retitled, Backend.CPU)));
    }
}
