package org.claimcheck.claims;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.claimcheck.expect.BandOutcome;
import org.claimcheck.expect.Verdict;

/**
 * The verdict on one claim case, decided from four facts and nothing else: what the runs showed,
 * what verdicts.json records, whether the run is strict, and the worst band outcome. In order: an
 * unrecorded contradiction; a recorded contradiction that now holds; a curve out of its band (this
 * arithmetic's before another's); golden values not reproduced; a band not recorded; a recorded
 * contradiction or hardware-dependent miss (a failure only when strict); otherwise passed.
 */
public final class Judge {
    private Judge() {
    }

    /** The worst of a case's band outcomes, most serious first. */
    public enum Bands {
        OUTSIDE, OUTSIDE_OTHER_ARITHMETIC, GOLDEN_CHANGED, MISSING, INSIDE;

        public static Bands of(BandOutcome outcome) {
            if (outcome.failed()) {
                return outcome.sameArithmetic() ? OUTSIDE : OUTSIDE_OTHER_ARITHMETIC;
            }
            return outcome.goldenChanged() ? GOLDEN_CHANGED : outcome.missing() ? MISSING : INSIDE;
        }

        public static Bands worst(Collection<BandOutcome> outcomes) {
            return outcomes.stream().map(Bands::of).min(Comparator.naturalOrder()).orElse(INSIDE);
        }
    }

    public static Outcome decide(Verdict observed, Optional<Verdict> recorded, boolean strict, Bands bands) {
        if (observed == Verdict.HARDWARE_DEPENDENT) {
            throw new IllegalArgumentException("a run observes HOLDS or CONTRADICTED, not " + observed);
        }
        Verdict expected = recorded.orElse(Verdict.HOLDS);
        if (observed == Verdict.CONTRADICTED && expected == Verdict.HOLDS) {
            return Outcome.CLAIM_CONTRADICTED;
        }
        if (observed == Verdict.HOLDS && expected == Verdict.CONTRADICTED) {
            return Outcome.VERDICT_CHANGED;
        }
        switch (bands) {
            case OUTSIDE:
                return Outcome.OUTSIDE_EXPECTED_BAND;
            case OUTSIDE_OTHER_ARITHMETIC:
                return Outcome.OUTSIDE_OTHER_ARITHMETIC_BAND;
            case GOLDEN_CHANGED:
                return Outcome.GOLDEN_VALUES_CHANGED;
            case MISSING:
                return Outcome.EXPECTED_BAND_MISSING;
            case INSIDE:
                break;
        }
        if (observed == Verdict.CONTRADICTED) {
            if (strict) {
                return Outcome.CLAIM_CONTRADICTED;
            }
            return expected == Verdict.CONTRADICTED ? Outcome.RECORDED_CONTRADICTION : Outcome.NOT_ON_THIS_MACHINE;
        }
        return Outcome.PASSED;
    }
}
