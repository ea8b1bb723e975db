package org.claimcheck.claims;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.claimcheck.run.RecordedRun;

/**
 * The numbers a relation reads off its runs, and which metric they are: "epochs to reach loss
 * τ = 0.05" for each batch run. A relation's measures are its evidence, and they are recorded on
 * every robustness seed, so that a case shows the seeds' median and range beside the canonical
 * number.
 *
 * @param metric  what the numbers are, in words a reader of the lecture recognises
 * @param numbers the numbers, labelled (by run, or by run and quantity), in the order they are shown
 */
public record Measure(String metric, Function<Map<String, RecordedRun>, Map<String, Double>> numbers) {

    /** One number per run the relation compares, labelled by the run's name. */
    public static Measure perRun(String metric, ToDoubleFunction<RecordedRun> value) {
        return new Measure(metric, runs -> {
            Map<String, Double> numbers = new LinkedHashMap<>();
            runs.forEach((name, run) -> numbers.put(name, value.applyAsDouble(run)));
            return numbers;
        });
    }

    /** The first epoch whose epoch loss is at or below τ ("never" if none is), per run. */
    public static Measure epochsToReach(double tau) {
        return perRun("epochs to reach epoch loss τ = " + Relations.number(tau), r -> r.epochsToReach(tau));
    }

    /** The last epoch's epoch loss (the mean of its minibatch losses, as Keras's History reports it), per run. */
    public static Measure finalEpochLoss() {
        return perRun("epoch loss of the last epoch (mean of its minibatch losses)", RecordedRun::finalEpochLoss);
    }

    /** The step whose loss was first non-finite ("never" for a run that did not diverge), per run. */
    public static Measure divergedAtStep() {
        return perRun("step whose loss was first non-finite", r -> r.diverged() ? r.divergedAtStep() : Double.POSITIVE_INFINITY);
    }

    /** The whole-data accuracy after the last epoch, per run. */
    public static Measure finalAccuracy() {
        return perRun("accuracy of the final net on the whole training split", RecordedRun::finalAccuracy);
    }

    /** The same numbers for the named runs only, in that order. */
    public Measure forRuns(String... runs) {
        return new Measure(metric, all -> numbers.apply(only(all, java.util.List.of(runs))));
    }

    /** The named runs of {@code runs} that it has, in the order named. */
    static Map<String, RecordedRun> only(Map<String, RecordedRun> runs, java.util.List<String> names) {
        Map<String, RecordedRun> these = new LinkedHashMap<>();
        names.stream().filter(runs::containsKey).forEach(name -> these.put(name, runs.get(name)));
        return these;
    }

    /** "epochs to reach loss τ = 0.05: batch-1 3, batch-2 5" — the canonical numbers, as the evidence of a finding. */
    static String describe(String metric, Map<String, String> shown) {
        StringJoiner text = new StringJoiner(", ", metric + ": ", "");
        shown.forEach((label, number) -> text.add(label + " " + number));
        return text.toString();
    }
}
