package org.claimcheck.claims;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.io.AtomicWrite;
import org.claimcheck.report.Charts;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.Deviation;
import org.claimcheck.training.RunPool;
import org.claimcheck.training.Trainer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * LAB4-PARAM-GROUPS against its stopping step: the two weight-decay runs trained for the lab's
 * 3 000 updates with the canonical seeds and nine shifted pairs (as seed robustness shifts them),
 * the weight norm of each group read after every 100th update, and both cases' relation judged
 * there. Writes docs/stopping-step.md and docs/stopping-step.png. Run with the pinned arithmetic:
 *
 * <pre>OMP_NUM_THREADS=1 OPENBLAS_CORETYPE=Haswell MAVEN_OPTS=-Xmx1g mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.claimcheck.claims.StoppingStepStudy -Dexec.args=docs</pre>
 */
public final class StoppingStepStudy {
    static final int EVERY = 100;
    static final int SEED_PAIRS = 10;
    static final String HIDDEN_LARGER = "hidden-1e-3_output-5e-4";
    static final String OUTPUT_LARGER = "hidden-5e-4_output-1e-3";

    /** The group norms of one run after every {@value #EVERY}th update. */
    record Norms(double[] hidden, double[] output) {
    }

    /** Reads both groups' norms after every {@value #EVERY}th update; changes nothing. */
    static final class NormWatch extends BaseTrainingListener {
        final List<Double> hidden = new ArrayList<>();
        final List<Double> output = new ArrayList<>();
        private int updates;

        @Override
        public void iterationDone(Model model, int iteration, int epoch) {
            if (++updates % EVERY == 0) {
                double[] p = model.params().castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).dup().data().asDouble();
                hidden.add(Lab4OptimizersTest.norm(p, true));
                output.add(Lab4OptimizersTest.norm(p, false));
            }
        }

        Norms norms() {
            return new Norms(hidden.stream().mapToDouble(Double::doubleValue).toArray(), output.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    public static void main(String[] args) throws IOException {
        Path docs = Path.of(args.length > 0 ? args[0] : "docs");
        Instant started = Instant.now();
        Map<Integer, Map<String, CompletableFuture<Norms>>> training = new LinkedHashMap<>();
        for (int k = 0; k < SEED_PAIRS; k++) {
            Map<String, CompletableFuture<Norms>> pair = new LinkedHashMap<>();
            for (Map.Entry<String, RunSpec> run : Lab4OptimizersTest.GROUP_RUNS.entrySet()) {
                RunSpec spec = run.getValue().seedsShiftedBy(k);
                pair.put(run.getKey(), RunPool.submit(() -> watched(spec)));
            }
            training.put(k, pair);
        }
        Map<Integer, Map<String, Norms>> norms = new LinkedHashMap<>();
        training.forEach((k, pair) -> {
            Map<String, Norms> done = new LinkedHashMap<>();
            pair.forEach((name, future) -> done.put(name, future.join()));
            norms.put(k, done);
        });
        int points = norms.get(0).get(HIDDEN_LARGER).hidden().length;
        Files.createDirectories(docs);
        byte[] png = chart(norms, points);
        String text = text(norms, points, started);
        AtomicWrite.write(docs.resolve("stopping-step.png"), temporary -> Files.write(temporary, png));
        AtomicWrite.write(docs.resolve("stopping-step.md"), temporary -> Files.writeString(temporary, text));
        System.out.println("stopping-step study: " + docs.resolve("stopping-step.md") + " (" + ChronoUnit.SECONDS.between(started, Instant.now()) + " s)");
        System.exit(0);
    }

    static Norms watched(RunSpec spec) {
        NormWatch watch = new NormWatch();
        RecordedRun run = Trainer.train(spec, Deviation.NONE, List.of(watch));
        Norms norms = watch.norms();
        double last = norms.hidden()[norms.hidden().length - 1];
        if (last != Lab4OptimizersTest.norm(run, true)) {
            throw new IllegalStateException(spec.slug() + ": the watched norm after the last update (" + last + ") is not the run's final one ("
                    + Lab4OptimizersTest.norm(run, true) + ")");
        }
        return norms;
    }

    /** Case "hidden layers": larger hidden decay, smaller hidden norm; case "output layer": the same for the output layer. */
    static boolean hiddenHolds(Map<String, Norms> pair, int i) {
        return pair.get(HIDDEN_LARGER).hidden()[i] < pair.get(OUTPUT_LARGER).hidden()[i];
    }

    static boolean outputHolds(Map<String, Norms> pair, int i) {
        return pair.get(OUTPUT_LARGER).output()[i] < pair.get(HIDDEN_LARGER).output()[i];
    }

    static String text(Map<Integer, Map<String, Norms>> norms, int points, Instant started) {
        MachineInfo machine = MachineInfo.current();
        StringBuilder t = new StringBuilder("# LAB4-PARAM-GROUPS against the stopping step\n\n");
        t.append("Written by `StoppingStepStudy` (its header gives the command) on ").append(started.truncatedTo(ChronoUnit.SECONDS))
                .append(", arithmetic `").append(machine.key()).append("`, DL4J ").append(machine.dl4jVersion()).append(".\n\n");
        t.append("The claim: the group of layers with the larger weight decay (1e-3 against 5e-4) ends with the smaller weight norm.\n"
                + "Both runs train the lab's 3 000 updates (5 epochs of 60 000 images at batch 100; 37.5 epochs of the 8 000-image\n"
                + "split). Until 2026-12-02 they stopped after 5 epochs of the split, 400 updates. Below, each case's relation after\n"
                + "every 100th update, over the canonical seed pair and nine shifted ones (seed robustness's pairs, k = 0 … 9):\n"
                + "how many of the 10 pairs it holds for, and whether it holds for the canonical pair (k = 0). Chart:\n"
                + "[stopping-step.png](stopping-step.png), the ratio of the two runs' norms per pair (below 1: the case holds).\n\n");
        t.append("| updates | hidden layers: pairs holding | canonical | hidden norm ratio, canonical | output layer: pairs holding | canonical | output norm ratio, canonical |\n");
        t.append("|---|---|---|---|---|---|---|\n");
        int[] firstAllHidden = {-1};
        int[] firstAllOutput = {-1};
        for (int i = 0; i < points; i++) {
            int hidden = 0;
            int output = 0;
            for (Map<String, Norms> pair : norms.values()) {
                hidden += hiddenHolds(pair, i) ? 1 : 0;
                output += outputHolds(pair, i) ? 1 : 0;
            }
            Map<String, Norms> canonical = norms.get(0);
            t.append(String.format(Locale.ROOT, "| %d | %d/%d | %s | %.4f | %d/%d | %s | %.4f |%n", (i + 1) * EVERY, hidden, norms.size(),
                    hiddenHolds(canonical, i) ? "holds" : "does not", canonical.get(HIDDEN_LARGER).hidden()[i] / canonical.get(OUTPUT_LARGER).hidden()[i],
                    output, norms.size(), outputHolds(canonical, i) ? "holds" : "does not",
                    canonical.get(OUTPUT_LARGER).output()[i] / canonical.get(HIDDEN_LARGER).output()[i]));
        }
        t.append("\nThe other runs whose length differs from their lecture's: LAB4-MULTISTEP trains 15 epochs of the 8 000-image\n"
                + "split (1 200 updates, where the lab's 15 epochs of 60 000 images are 9 000), because its claim and its milestones\n"
                + "(before epochs 7 and 12) are counted in epochs; its relations are read at the milestones (the lr of each epoch,\n"
                + "the loss of the epochs around epochs 7 and 12), not at the last update, so no stopping step past epoch 13 can\n"
                + "move them. Every other claim trains its lecture's epochs on its lecture's data, and the LAB4 optimiser runs\n"
                + "the lab's 3 000 updates (`LabLengthTest` checks the LAB4 ones).\n");
        return t.toString();
    }

    static byte[] chart(Map<Integer, Map<String, Norms>> norms, int points) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        int index = 0;
        for (Map.Entry<Integer, Map<String, Norms>> pair : norms.entrySet()) {
            XYSeries hidden = new XYSeries("hidden layers, k = " + pair.getKey());
            XYSeries output = new XYSeries("output layer, k = " + pair.getKey());
            for (int i = 0; i < points; i++) {
                hidden.add((i + 1) * EVERY, pair.getValue().get(HIDDEN_LARGER).hidden()[i] / pair.getValue().get(OUTPUT_LARGER).hidden()[i]);
                output.add((i + 1) * EVERY, pair.getValue().get(OUTPUT_LARGER).output()[i] / pair.getValue().get(HIDDEN_LARGER).output()[i]);
            }
            for (XYSeries s : List.of(hidden, output)) {
                data.addSeries(s);
                boolean canonical = pair.getKey() == 0;
                lines.setSeriesPaint(index, s == hidden ? new Color(0x1f77b4) : new Color(0xff7f0e));
                lines.setSeriesStroke(index, new BasicStroke(canonical ? 2.5f : 0.8f));
                lines.setSeriesVisibleInLegend(index, canonical);
                index++;
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart("LAB4-PARAM-GROUPS: norm with decay 1e-3 / norm with 5e-4, per group (thick: canonical seeds)",
                "updates", "norm ratio (below 1: the case holds)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.addRangeMarker(new ValueMarker(1.0, Color.BLACK, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f)));
        plot.addDomainMarker(new ValueMarker(400, Color.GRAY, new BasicStroke(1f)));
        return Charts.png(chart, 1000, 560);
    }
}
