package org.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** LAB4-SCHEDULES' and LRF-SCHED's comparison of a schedule with its formula as Python computed it; and that reference itself. */
@Tag("harness")
class FormulaAgreementTest {

    private static final double[] REFERENCE = ReferenceSchedules.values("finder-1e-5-k10");

    private static double[] exact() {
        double[] used = new double[54];
        for (int it = 0; it < used.length; it++) {
            used[it] = 1e-5 * Math.pow(10, it / 10.0);
        }
        return used;
    }

    private static double[] changed(int step, double to) {
        double[] used = exact();
        used[step] = to;
        return used;
    }

    static Stream<Arguments> cases() {
        double last = REFERENCE[53];
        return Stream.of(
                Arguments.of("the schedule itself", exact(), true, 54),
                Arguments.of("one step an ulp apart (as Math.pow on linux-arm64)", changed(20, Math.nextUp(REFERENCE[20])), true, 53),
                Arguments.of("one step 40 ulps apart", changed(20, REFERENCE[20] + 40 * Math.ulp(REFERENCE[20])), true, 53),
                Arguments.of("one step 1e-12 apart, relative", changed(20, REFERENCE[20] * (1 + 1e-12)), false, 53),
                Arguments.of("the exponent off by one iteration", changed(53, REFERENCE[52]), false, 53),
                Arguments.of("NaN", changed(53, Double.NaN), false, 53),
                Arguments.of("a run that stopped early", Arrays.copyOf(exact(), 2), false, 2),
                Arguments.of("one value too many", Arrays.copyOf(exact(), 55), false, 54),
                Arguments.of("the sign flipped", changed(53, -last), false, 53));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aStepAgreesWhenItDiffersByRoundingOnly(String what, double[] used, boolean agrees, int bitForBit) {
        FormulaAgreement agreement = FormulaAgreement.of(used, REFERENCE);
        assertEquals(agrees, agreement.agrees(), agreement.evidence());
        assertEquals(bitForBit, agreement.steps() - agreement.notBitForBit(), agreement.evidence());
    }

    @Test
    void aRunThatStoppedEarlyCountsItsMissingIterationsInsteadOfCrashing() {
        var agreement = FormulaAgreement.of(new double[] {1e-5, 1e-5 * Math.pow(10, 0.1)}, REFERENCE);
        assertEquals(52, agreement.beyondRounding());
        assertEquals("not reached", agreement.rows().get(2).get(1));
    }

    @Test
    void theEvidenceSaysHowManyAreBitForBitAndHowFarTheOthersAre() {
        assertEquals("0 of 54 differ by more than rounding; 53 bit for bit, the others at most 1 ulps apart; 54 values used; first 1.0E-5, last "
                + REFERENCE[53], FormulaAgreement.of(changed(20, Math.nextUp(REFERENCE[20])), REFERENCE).evidence());
        assertEquals("54 of 54 differ by more than rounding (first at step 0: not reached vs 1.0E-5); 0 bit for bit; 0 values used;"
                + " first not reached, last not reached", FormulaAgreement.of(new double[0], REFERENCE).evidence());
    }

    @Test
    void theReferenceValuesWereComputedApartFromTheJavaSchedules() {
        assertEquals(54, REFERENCE.length);
        assertEquals(300, ReferenceSchedules.values("triangular").length);
        assertTrue(ReferenceSchedules.source().startsWith("src/test/resources/reference/schedules.py (CPython"));
    }
}
