package org.claimcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;

/**
 * Every seeded run's curves under {@code reports/runs/}, named by its spec: loss per epoch
 * ({@code .epochs.csv}) and per step ({@code .steps.csv}), which two {@code mvn test} runs on one
 * machine must reproduce bit for bit ({@code diff -r -x '*.timings.csv'}), and wall times
 * ({@code .timings.csv}), which vary.
 */
public final class RunFiles {
    public static final String PROPERTY = "claimcheck.runs.dir";

    /** Seeded specs whose files this JVM has written: claims that share a run write it once. */
    private static final Set<RunSpec> WRITTEN = ConcurrentHashMap.newKeySet();

    private RunFiles() {
    }

    public static void write(RecordedRun run) {
        if (!run.spec().fullySeeded() || !WRITTEN.add(run.spec())) {
            return;
        }
        Path folder = System.getProperty(PROPERTY) != null ? Path.of(System.getProperty(PROPERTY)) : ReportsDir.root().resolve("runs");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(run.spec().slug() + ".epochs.csv"), CurveCsv.epochLosses(run));
            Files.writeString(folder.resolve(run.spec().slug() + ".steps.csv"), CurveCsv.stepLosses(run));
            Files.writeString(folder.resolve(run.spec().slug() + ".timings.csv"), CurveCsv.stepTimes(run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run files under " + folder, e);
        }
    }
}
