package org.claimcheck.report.sets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.claimcheck.expect.BandRule;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.RoundingEnsemble;
import org.claimcheck.expect.Stability;

/**
 * How often a healthy suite run on another arithmetic would fail, measured on suites that did not
 * build the bands it is judged by: each calibration member's suite against the bands built
 * without it (leave one out), and the held-out ulp-noise suites against the stored bands. A suite
 * fails where any of its runs leaves its rounding band, so this counts what a user sees: red builds.
 * Beside the count (with its Clopper-Pearson bound), each suite's largest share of a band's
 * room used (from the golden value to the edge); their maxima are fitted with a Gumbel distribution (block maxima of many points,
 * Fisher-Tippett) to estimate how rarely a suite would use more than all of it. Writes docs/rounding.md.
 *
 * <p>Arguments: the expected folder, the arithmetic key, the output file, the calibration suites
 * ({@code CHANGE=RUNS_DIR}), then {@code --} and the held-out suites.
 */
public final class RoundingHealth {
    private RoundingHealth() {
    }

    /** One suite judged: how many runs it had, which left their band, and the largest share of a band it used. */
    record SuiteResult(String suite, String how, int runs, List<String> failures, double widthUsed, String widest) {
        boolean failed() {
            return !failures.isEmpty();
        }
    }

    public static void main(String[] args) throws IOException {
        int split = Arrays.asList(args).indexOf("--");
        if (args.length < 4 || split < 0) {
            throw new IllegalArgumentException("usage: RoundingHealth EXPECTED_DIR KEY OUT_FILE CALIBRATION_SUITE... -- HELD_OUT_SUITE...");
        }
        ExpectedStore store = new ExpectedStore(Path.of(args[0]));
        List<PerturbedRun.Suite> calibration = PerturbedRun.suites(List.of(args).subList(3, split));
        List<PerturbedRun.Suite> heldOut = PerturbedRun.suites(List.of(args).subList(split + 1, args.length));
        List<ExpectedFile> files = new ArrayList<>();
        for (Path file : RoundingRecord.files(store, args[1])) {
            files.add(store.read(file));
        }
        List<SuiteResult> results = new ArrayList<>();
        for (int left = 0; left < calibration.size(); left++) {
            results.add(leftOut(files, calibration, left));
        }
        for (PerturbedRun.Suite suite : heldOut) {
            results.add(heldOut(files, suite));
        }
        String text = report(args[1], files, results);
        Files.writeString(Path.of(args[2]), text);
        System.out.println(text);
    }

    /** Calibration member {@code left}'s suite against the bands built from the golden values and the other members. */
    static SuiteResult leftOut(List<ExpectedFile> files, List<PerturbedRun.Suite> calibration, int left) throws IOException {
        List<PerturbedRun.Suite> others = new ArrayList<>(calibration);
        PerturbedRun.Suite out = others.remove(left);
        Tally tally = new Tally();
        for (ExpectedFile expected : files) {
            Optional<List<RoundingEnsemble.Member>> members = RoundingRecord.members(others, expected.spec());
            Optional<PerturbedRun> run = out.run(expected.spec());
            if (members.isEmpty() || run.isEmpty()) {
                continue;
            }
            BandRule rule = Stability.roundingRule(files.size(), expected.points());
            tally.add(expected, RoundingEnsemble.judgeLeftOut(expected, members.get(), rule, !expected.stability().stable(),
                    new RoundingEnsemble.Member(out.change(), run.get().curves(), run.get().divergedAt())));
        }
        return tally.result(out.change(), "left out of the bands it is judged by");
    }

    static SuiteResult heldOut(List<ExpectedFile> files, PerturbedRun.Suite suite) throws IOException {
        Tally tally = new Tally();
        for (ExpectedFile expected : files) {
            Optional<PerturbedRun> run = suite.run(expected.spec());
            if (run.isPresent() && expected.stability().measured()) {
                tally.add(expected, RoundingEnsemble.judge(expected, run.get().curves(), run.get().divergedAt()));
            }
        }
        return tally.result(suite.change(), "held out: built nothing");
    }

    private static final class Tally {
        int runs;
        final List<String> failures = new ArrayList<>();
        double widthUsed;
        String widest = "";

        void add(ExpectedFile expected, RoundingEnsemble.Judgement judgement) {
            runs++;
            String name = expected.claim() + "/" + expected.run();
            if (!judgement.inside()) {
                failures.add(name + " (" + judgement.firstFailure() + ")");
            }
            if (judgement.widthUsed() > widthUsed || widest.isEmpty()) {
                widthUsed = judgement.widthUsed();
                widest = name;
            }
        }

        SuiteResult result(String suite, String how) {
            return new SuiteResult(suite, how, runs, List.copyOf(failures), widthUsed, widest);
        }
    }

    /**
     * Gumbel's distribution fitted to the suites' maxima by moments (scale sd·√6/π, location mean −
     * 0.5772·scale): the estimated chance that a suite uses more than the whole band.
     */
    static double gumbelExceedance(double[] maxima, double threshold) {
        double mean = Arrays.stream(maxima).average().orElseThrow();
        double scale = new StandardDeviation().evaluate(maxima) * Math.sqrt(6) / Math.PI;
        if (scale == 0) {
            return maxima[0] > threshold ? 1 : 0;
        }
        double location = mean - 0.5772156649 * scale;
        return 1 - Math.exp(-Math.exp(-(threshold - location) / scale));
    }

    /** The 95th percentile of the Gumbel estimate over bootstrap resamples of the suites (fixed seed: the same file every time). */
    static double gumbelExceedanceUpper(double[] maxima, double threshold) {
        SplittableRandom random = new SplittableRandom(20261201);
        double[] estimates = new double[2000];
        for (int b = 0; b < estimates.length; b++) {
            double[] resample = new double[maxima.length];
            for (int i = 0; i < resample.length; i++) {
                resample[i] = maxima[random.nextInt(maxima.length)];
            }
            estimates[b] = gumbelExceedance(resample, threshold);
        }
        Arrays.sort(estimates);
        return estimates[(int) Math.ceil(0.95 * estimates.length) - 1];
    }

    static String report(String key, List<ExpectedFile> files, List<SuiteResult> results) {
        long failed = results.stream().filter(SuiteResult::failed).count();
        double[] maxima = results.stream().mapToDouble(SuiteResult::widthUsed).filter(Double::isFinite).toArray();
        StringBuilder t = new StringBuilder("# Rounding bands: how often a healthy suite on another arithmetic fails\n\n");
        t.append(String.format(Locale.ROOT, "%d expected files of `%s`, each with a rounding band at point level %.2g / (%d runs × its points)."
                        + " %d suite runs that did not build the bands they are judged by: %d failed anywhere (%.1f %%, one-sided 95 %%"
                        + " Clopper-Pearson upper bound %.1f %%).%n%n", files.size(), key, Stability.FAMILY_ALPHA, files.size(), results.size(), failed,
                100.0 * failed / Math.max(1, results.size()), 100 * BandHealth.upperBound((int) failed, results.size())));
        if (maxima.length >= 3) {
            t.append(String.format(Locale.ROOT, "The most any of them used of a band's room (log10, from the golden value to the edge on that side; 1 is the edge): median %.3f, largest %.3f."
                            + " A Gumbel distribution fitted to these per-suite maxima puts the chance that a healthy suite uses more than the"
                            + " whole band at %.2g (bootstrap 95 %% upper bound %.2g).%n%n", median(maxima), Arrays.stream(maxima).max().orElseThrow(),
                    gumbelExceedance(maxima, 1), gumbelExceedanceUpper(maxima, 1)));
        }
        t.append("| suite | how | runs judged | runs outside | most of a band's room used (run) |\n|---|---|---|---|---|\n");
        for (SuiteResult r : results) {
            t.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %.3f (%s) |%n", r.suite(), r.how(), r.runs(),
                    r.failed() ? String.join("; ", r.failures()) : "0", r.widthUsed(), r.widest()));
        }
        Map<String, String> perFile = new LinkedHashMap<>();
        files.forEach(f -> perFile.put(f.claim() + "/" + f.run(), String.format(Locale.ROOT, "%s | %d/%d | %.3g | %.2g",
                f.stability().label().name().toLowerCase(Locale.ROOT), f.stability().membersInside(), f.stability().perturbations().size(),
                f.stability().leastRoom(), f.stability().drift())));
        t.append("\n| run | stability | perturbed runs inside the band of the others | least room (decades) | largest drift (decades) |\n"
                + "|---|---|---|---|---|\n");
        perFile.forEach((run, row) -> t.append("| ").append(run).append(" | ").append(row).append(" |\n"));
        return t.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
