package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.env.Backend;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.expect.GoldenComparison;
import org.claimcheck.expect.GoldenComparison.Status;
import org.claimcheck.expect.GoldenValues;
import org.claimcheck.expect.Provenance;
import org.claimcheck.run.Curve;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden values apply exactly where the arithmetic is the recording's: DL4J, backend, BLAS and kernel, data type, threads. */
@Tag("harness")
class GoldenValuesTest {
    static final Provenance RECORDED = new Provenance("1.0.0-M2.1", "cpu", "cpu-openblas-haswell", "linux-x86_64", "AMD EPYC", "OPENBLAS 0.3.19-1.5.7",
            "Haswell", "1", "Linux", "17", "FLOAT", List.of(List.of(666L, 1337L)), "2026-11-21T00:00:00Z", "mvn test");
    static final double[] CURVE = {0.7, 0.5, 0.3};

    static Map<Curve, double[]> curves(double[] epochLoss) {
        Map<Curve, double[]> curves = new EnumMap<>(Curve.class);
        curves.put(Curve.EPOCH_LOSS, epochLoss);
        curves.put(Curve.WHOLE_DATA_LOSS, CURVE.clone());
        return curves;
    }

    static MachineInfo machine(String cpu, String dl4j, String blas, String kernel, String threads) {
        return new MachineInfo(Backend.CPU, "cpu-openblas-" + kernel.toLowerCase(java.util.Locale.ROOT), "linux-x86_64", cpu, 2, "Linux", "21", dl4j, blas,
                kernel, threads, "none");
    }

    static GoldenComparison compare(Provenance recorded, MachineInfo machine, String dataType, Map<Curve, double[]> golden,
                                    Map<Curve, double[]> observed) {
        return GoldenValues.compare(golden, null, observed, null, GoldenValues.differences(recorded, machine, dataType));
    }

    @Test
    void theSameKernelOnAnotherPlatformIsAnotherArithmetic() {
        MachineInfo mac = new MachineInfo(Backend.CPU, "cpu-openblas-haswell", "macosx-x86_64", "Intel Core i7", 8, "Mac OS X", "17",
                "1.0.0-M2.1", "OPENBLAS 0.3.19-1.5.7", "Haswell", "1", "none");
        GoldenComparison onMac = compare(RECORDED, mac, "FLOAT", curves(CURVE.clone()), curves(CURVE.clone()));
        assertEquals(Status.NOT_APPLICABLE, onMac.status(), "another compiler built that platform's libraries");
        assertTrue(onMac.whyNotApplicable().contains("platform linux-x86_64 recorded, macosx-x86_64 here"), onMac.whyNotApplicable());
    }

    @Test
    void aRunThatDivergesAtAnotherStepHasChangedGoldenValuesEvenWhereItsCurvesAreIdentical() {
        GoldenComparison later = GoldenValues.compare(curves(CURVE.clone()), 4, curves(CURVE.clone()), 5, List.of());
        assertEquals(Status.CHANGED, later.status());
        assertTrue(later.line().contains("diverged step 5, recorded step 4"), later.line());
        assertEquals(Status.CHANGED, GoldenValues.compare(curves(CURVE.clone()), 4, curves(CURVE.clone()), null, List.of()).status(),
                "a run that no longer diverges has changed too");
        assertEquals(Status.IDENTICAL, GoldenValues.compare(curves(CURVE.clone()), 4, curves(CURVE.clone()), 4, List.of()).status());
    }

    /** One row per thing that can differ; the CPU model, OS and Java version are not part of the arithmetic. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "same everything,                  AMD EPYC,   1.0.0-M2.1, OPENBLAS 0.3.19-1.5.7, Haswell,  1, FLOAT,  IDENTICAL,      CHANGED,        ''",
            "another CPU vendor and model,     Intel Xeon, 1.0.0-M2.1, OPENBLAS 0.3.19-1.5.7, Haswell,  1, FLOAT,  IDENTICAL,      CHANGED,        ''",
            "another kernel,                   Intel Xeon, 1.0.0-M2.1, OPENBLAS 0.3.19-1.5.7, SkylakeX, 1, FLOAT,  NOT_APPLICABLE, NOT_APPLICABLE, kernel Haswell recorded, SkylakeX here",
            "another DL4J,                     AMD EPYC,   1.0.0-M3,   OPENBLAS 0.3.19-1.5.7, Haswell,  1, FLOAT,  NOT_APPLICABLE, NOT_APPLICABLE, DL4J 1.0.0-M2.1 recorded, 1.0.0-M3 here",
            "another OpenBLAS,                 AMD EPYC,   1.0.0-M2.1, OPENBLAS 0.3.21-1.5.8, Haswell,  1, FLOAT,  NOT_APPLICABLE, NOT_APPLICABLE, BLAS OPENBLAS 0.3.19-1.5.7 recorded, OPENBLAS 0.3.21-1.5.8 here",
            "another thread count,             AMD EPYC,   1.0.0-M2.1, OPENBLAS 0.3.19-1.5.7, Haswell,  2, FLOAT,  NOT_APPLICABLE, NOT_APPLICABLE, threads 1 recorded, 2 here",
            "another data type,                AMD EPYC,   1.0.0-M2.1, OPENBLAS 0.3.19-1.5.7, Haswell,  1, DOUBLE, NOT_APPLICABLE, NOT_APPLICABLE, data type FLOAT recorded, DOUBLE here",
    })
    void appliesExactlyWhereTheArithmeticIsTheRecordings(String row, String cpu, String dl4j, String blas, String kernel, String threads,
                                                          String dataType, Status whenEqual, Status whenOneUlpOff, String why) {
        MachineInfo machine = machine(cpu, dl4j, blas, kernel, threads);
        GoldenComparison equal = compare(RECORDED, machine, dataType, curves(CURVE.clone()), curves(CURVE.clone()));
        double[] off = CURVE.clone();
        off[1] = Math.nextUp(off[1]);
        GoldenComparison changed = compare(RECORDED, machine, dataType, curves(CURVE.clone()), curves(off));
        assertEquals(whenEqual, equal.status(), row);
        assertEquals(whenOneUlpOff, changed.status(), row);
        assertTrue(changed.whyNotApplicable().contains(why), changed.whyNotApplicable());
        assertEquals(2, changed.epoch());
        assertEquals(off[1], changed.observed());
        assertEquals(CURVE[1], changed.recorded());
    }

    @Test
    void measuresHowFarApartInDecadesAndCountsAMissingPointAsInfinitelyFar() {
        GoldenComparison tenfold = compare(RECORDED, machine("x", "1.0.0-M2.1", "OPENBLAS 0.3.19-1.5.7", "Zen", "1"), "FLOAT",
                curves(CURVE.clone()), curves(new double[] {0.7, 5.0, 0.3}));
        assertEquals(1.0, tenfold.maxDecades(), 1e-12);
        GoldenComparison shorter = compare(RECORDED, machine("x", "1.0.0-M2.1", "OPENBLAS 0.3.19-1.5.7", "Haswell", "1"), "FLOAT",
                curves(CURVE.clone()), curves(new double[] {0.7, 0.5}));
        assertEquals(Status.CHANGED, shorter.status());
        assertEquals(Double.POSITIVE_INFINITY, shorter.maxDecades());
        assertEquals(3, shorter.epoch());
    }

    /** The golden values are compared over the stored epochs; a longer run is judged by its divergence step, compared apart. */
    @Test
    void comparesOnlyTheStoredEpochsSoACanonicalRunThatOutlivesItsBandStillMatches() {
        MachineInfo same = machine("x", "1.0.0-M2.1", "OPENBLAS 0.3.19-1.5.7", "Haswell", "1");
        Map<Curve, double[]> longer = curves(new double[] {0.7, 0.5, 0.3, 1e31, Double.POSITIVE_INFINITY});
        longer.put(Curve.WHOLE_DATA_LOSS, new double[] {0.7, 0.5, 0.3, Double.NaN});
        GoldenComparison comparison = compare(RECORDED, same, "FLOAT", curves(CURVE.clone()), longer);
        assertEquals(Status.IDENTICAL, comparison.status());
        assertEquals(6, comparison.points());
        assertTrue(comparison.line().contains("at all 6 stored points"), comparison.line());
    }
}
