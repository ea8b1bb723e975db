package org.claimcheck.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.claimcheck.env.Backend;
import org.claimcheck.env.GpuProbe;
import org.claimcheck.env.MachineInfo;
import org.claimcheck.io.AtomicWrite;
import org.claimcheck.report.ReportsDir;
import org.claimcheck.report.ResultSet;
import org.claimcheck.report.VerdictTable;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * After the tests: writes the machine (backend, CPU, BLAS, DL4J, Java) to Allure's
 * environment.properties, the verdict table {@code reports/claims.md} if claim tests ran, and the
 * closing summary (kept in {@code reports/summary.txt}, which the build prints last; printed here only outside Maven).
 */
public final class RunSummaryFiles implements TestExecutionListener {
    /** Where the build looks for proof that the plan finished with no failure (the pom's enforcer rule). */
    public static final String PASSED_MARKER = "claimcheck.passed.marker";
    private final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void executionFinished(org.junit.platform.launcher.TestIdentifier test, org.junit.platform.engine.TestExecutionResult result) {
        if (result.getStatus() == org.junit.platform.engine.TestExecutionResult.Status.FAILED) {
            failed.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        Path folder = ReportsDir.allureResults();
        Properties properties = new Properties();
        properties.setProperty("result.set", ResultSet.name());
        Optional<String> noGpu = Backend.requested() == Backend.GPU ? GpuProbe.unavailableReason() : Optional.empty();
        if (noGpu.isPresent()) {
            properties.setProperty("backend", "gpu (nd4j-cuda), not run: " + noGpu.get());
        } else {
            MachineInfo.current().asProperties().forEach(properties::setProperty);
        }
        Backend.notRunLines().forEach(line -> properties.setProperty("not.run." + line.substring(0, line.indexOf(':')), line));
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(folder.resolve("environment.properties"))) {
                properties.store(out, "claimcheck: the machine these results come from");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write environment.properties to " + folder, e);
        }
        if (!VerdictTable.isEmpty()) {
            VerdictTable.write();
        }
        List<String> summary = Progress.summary(ReportsDir.root().toString());
        if (System.getProperty("surefire.real.class.path") == null) {
            // outside Maven (an IDE): print it here; under Maven the build prints it once, last, after the report (PrintSummary)
            summary.forEach(line -> System.out.println("[claimcheck] " + line));
        }
        keep(summary);
        markPassed(failed.get());
    }

    /** The summary, for the build to print again as its last words (PrintSummary); none where no claim case ran. */
    private static void keep(List<String> summary) {
        Path file = ReportsDir.root().resolve(PrintSummary.FILE);
        try {
            if (summary.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                AtomicWrite.write(file, temporary -> Files.write(temporary, summary));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void markPassed(int failures) {
        String marker = System.getProperty(PASSED_MARKER);
        if (marker == null || failures > 0) {
            return;
        }
        try {
            Files.createDirectories(Path.of(marker).toAbsolutePath().getParent());
            Files.writeString(Path.of(marker), "the test plan finished with no failure\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }
}
