package org.claimcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claimcheck.run.RecordedRun;

/**
 * Every seeded run's curves under {@code reports/runs/}, named by its spec, so that two
 * {@code mvn test} runs can be compared file by file ({@code diff -r}). Unseeded runs vary by
 * design and are left out.
 */
public final class RunFiles {
    public static final String PROPERTY = "claimcheck.runs.dir";

    private RunFiles() {
    }

    public static void write(RecordedRun run) {
        if (!run.spec().fullySeeded()) {
            return;
        }
        Path folder = Path.of(System.getProperty(PROPERTY, "reports/runs"));
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(run.spec().slug() + ".csv"), CurveCsv.epochs(Map.of("canonical", run), Map.of()));
            Files.writeString(folder.resolve(run.spec().slug() + ".steps.csv"), CurveCsv.steps(run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run files under " + folder, e);
        }
    }
}
