package org.claimcheck.claims;

import static org.claimcheck.claims.Catalogue.L12_PARTIAL_SEED;
import static org.claimcheck.claims.Catalogue.L12_SEEDED;
import static org.claimcheck.claims.Catalogue.L12_UNSEEDED;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.claimcheck.env.Backend;
import org.claimcheck.junit.ClaimTest;
import org.claimcheck.report.CurveCsv;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.run.Weights;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.FreshJvm;
import org.claimcheck.training.Trainer;

/**
 * Lecture 3.12, section 3 "reproducibility": the [6, 6] banknote net, full batch, 30 epochs of
 * Adam, trained twice and its weights compared. Keras has two generators (numpy's for the data
 * order, TensorFlow's for the weights); here they are the data-order and weight-init seeds.
 *
 * <p>A seed nobody fixed is whatever its generator yields. The tests stand for that with
 * {@value #PAIRS} pairs of draws from a fixed stream, so a verdict is a statement about many
 * draws and repeats exactly on one machine.
 */
class L12ReproducibilityTest {

    static final RunSpec LECTURE_RUN = RunSpec.banknote(6, 6).fullBatch(30);
    /** The band of the canonical seeded run, kept under L12-SEEDED. */
    static final String BAND = "h6-6-full-30";
    /**
     * The lecture: on a GPU the weights are "close, but not quite the same". Same seed, same GPU:
     * every parameter within 1e-5 (absolute; the [6, 6] net's weights are of order 1, so about
     * 100 float ulps). What decides determinism on ND4J's CUDA backend, and what the gpu
     * profile sets:
     * <ul>
     *   <li>libnd4j's CUDA reductions and some backward ops accumulate with atomics across
     *       blocks, so their summation order (and last bits) can change between runs. No
     *       switch turns this off in 1.0.0-M2.1; it is why this case has a tolerance at all;</li>
     *   <li>cuBLAS is deterministic on one GPU for a fixed workspace: the profile sets
     *       {@code CUBLAS_WORKSPACE_CONFIG=:4096:8};</li>
     *   <li>TF32 tensor cores (Ampere and later) would round float matrix products to 10
     *       mantissa bits: the profile sets {@code NVIDIA_TF32_OVERRIDE=0};</li>
     *   <li>cuDNN's non-deterministic algorithms are not in play: cuDNN is used only through
     *       deeplearning4j-cuda, which this build does not include;</li>
     *   <li>the seeds: DL4J's configuration seed for the weights (ND4J's generator on the
     *       device, per thread), our own {@code java.util.Random} for the data order; one
     *       training thread.</li>
     * </ul>
     */
    static final double GPU_TOLERANCE = 1e-5;
    /** {@link #GPU_TOLERANCE} as the report writes tolerances (Stability, BandOutcome): 1e-05. */
    private static final String TOLERANCE_TEXT = String.format(Locale.ROOT, "%.0e", GPU_TOLERANCE);
    static final int PAIRS = 10;

    @ClaimTest(value = L12_UNSEEDED, title = "no seed fixed")
    void twoUnseededTrainingsGiveDifferentWeights(ClaimCheck check) {
        expectDifferentWeights(check, false, false);
    }

    /** Which of the two generators is fixed. */
    enum OneSeedFixed implements CaseKind {
        WEIGHTS_SEEDED("weights seeded, data order not", true),
        ORDER_SEEDED("data order seeded, weights not", false);

        private final String title;
        final boolean weights;

        OneSeedFixed(String title, boolean weights) {
            this.title = title;
            this.weights = weights;
        }

        @Override
        public String title() {
            return title;
        }
    }

    @ClaimTest(L12_PARTIAL_SEED)
    void fixingOneSeedIsNotEnough(OneSeedFixed fixed, ClaimCheck check) {
        expectDifferentWeights(check, fixed.weights, !fixed.weights);
    }

    /**
     * Trains {@value #PAIRS} pairs in which every unfixed seed is a fresh draw, and expects the
     * first-layer weights of each pair to differ by more than rounding: by more than
     * {@value #GPU_TOLERANCE}, the line L12-SEEDED draws between "the same" and "different" on a
     * GPU. Counting bitwise differences instead would rest the verdict on the last bit of a float:
     * with full batches the data order only changes the summation order of one gradient, and
     * whether that flips a last bit depends on the BLAS kernel (9 of 10 pairs with Haswell's, on an
     * AMD EPYC and on an Intel Xeon alike; 7 of 10 with SkylakeX's). Both counts are reported.
     */
    private static void expectDifferentWeights(ClaimCheck check, boolean weightsFixed, boolean orderFixed) {
        check.train(L12_SEEDED.id(), Map.of(BAND, LECTURE_RUN));
        SplittableRandom draws = new SplittableRandom(drawSeed(check.claimCase()));
        List<List<Object>> rows = new ArrayList<>();
        int differing = 0;
        int bitwise = 0;
        double largest = 0;
        for (int pair = 1; pair <= PAIRS; pair++) {
            RecordedRun a = Trainer.train(drawn(draws, weightsFixed, orderFixed));
            RecordedRun b = Trainer.train(drawn(draws, weightsFixed, orderFixed));
            if (pair == 1) {
                check.addDraw("pair 1, a", a);
                check.addDraw("pair 1, b", b);
            }
            double apart = Weights.maxAbsDifference(a.firstLayerWeights(), b.firstLayerWeights());
            boolean differ = apart > GPU_TOLERANCE;
            differing += differ ? 1 : 0;
            bitwise += Weights.bitwiseEqual(a.firstLayerWeights(), b.firstLayerWeights()) ? 0 : 1;
            largest = Math.max(largest, apart);
            rows.add(List.of(pair, a.initSeed(), a.orderSeed(), b.initSeed(), b.orderSeed(), differ,
                    Weights.difference(a.firstLayerWeights(), b.firstLayerWeights())));
        }
        check.attachCsv("first-layer weights per pair of trainings", CurveCsv.table(
                        List.of("pair", "a_init_seed", "a_order_seed", "b_init_seed", "b_order_seed", "differ_beyond_rounding", "difference"), rows))
                .expect("the first-layer weights of two such trainings differ by more than rounding (max |Δ| > " + TOLERANCE_TEXT
                                + ") in every one of " + PAIRS + " pairs",
                        differing == PAIRS, "they differ by more than " + TOLERANCE_TEXT + " in " + differing + " of " + PAIRS
                                + " pairs (in any bit in " + bitwise + "); largest |Δ| " + String.format(Locale.ROOT, "%.3g", largest)
                                + "; fixed: " + (weightsFixed ? "weights " + RunSpec.LECTURE_INIT_SEED : "") + (orderFixed ? "data order " + RunSpec.LECTURE_ORDER_SEED : "")
                                + (weightsFixed || orderFixed ? "" : "nothing"));
    }

    /**
     * The seed of a case's draws, from its stable id and backend: never from its title, which a
     * person may reword. The CPU values are those the recorded evidence was drawn with (they were
     * the hash of the case's text then), so the numbers did not change when titles stopped mattering.
     */
    static long drawSeed(org.claimcheck.claims.ClaimCase claimCase) {
        String key = claimCase.claim().id() + "/" + claimCase.caseId() + "/" + claimCase.backend().id();
        return switch (key) {
            case "L12-UNSEEDED/two-unseeded-trainings-give-different-weights/cpu" -> 2116725667L;
            case "L12-PARTIAL-SEED/weights-seeded/cpu" -> 485096767L;
            case "L12-PARTIAL-SEED/order-seeded/cpu" -> -2086475443L;
            default -> key.hashCode();
        };
    }

    /** The lecture run with each unfixed seed replaced by the next draw. */
    private static RunSpec drawn(SplittableRandom draws, boolean weightsFixed, boolean orderFixed) {
        long init = weightsFixed ? RunSpec.LECTURE_INIT_SEED : 1 + draws.nextLong(Long.MAX_VALUE - 1);
        long order = orderFixed ? RunSpec.LECTURE_ORDER_SEED : 1 + draws.nextLong(Long.MAX_VALUE - 1);
        return LECTURE_RUN.seeds(init, order);
    }

    /** Where the second training runs. */
    enum Again implements CaseKind {
        SAME_PROCESS("twice in one process"), FRESH_JVM("again in a fresh JVM");

        private final String title;

        Again(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    @ClaimTest(L12_SEEDED)
    void fixingEverySeedReproducesTheWeights(Again where, ClaimCheck check) {
        RecordedRun first = check.train(Map.of(BAND, LECTURE_RUN)).get(BAND);
        RecordedRun again = where == Again.SAME_PROCESS ? Trainer.train(LECTURE_RUN) : FreshJvm.train(LECTURE_RUN);
        check.add(L12_SEEDED.id(), "again", again);
        String evidence = Weights.difference(first.finalParameters(), again.finalParameters()) + " over all "
                + first.finalParameters().length + " parameters, seeds (init/order) " + first.initSeed() + "/" + first.orderSeed();
        if (check.claimCase().backend() == Backend.CPU) {
            check.expect("the parameters of two seeded trainings are equal bit for bit",
                    Weights.bitwiseEqual(first.finalParameters(), again.finalParameters()), evidence);
        } else {
            check.expect("the parameters of two seeded trainings agree within " + GPU_TOLERANCE,
                    Weights.maxAbsDifference(first.finalParameters(), again.finalParameters()) <= GPU_TOLERANCE, evidence);
        }
    }
}
