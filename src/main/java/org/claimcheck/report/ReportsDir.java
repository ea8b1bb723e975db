package org.claimcheck.report;

import java.nio.file.Path;

/**
 * The folder a run's reports go to ({@value #PROPERTY}, default {@code reports}): claims.md,
 * results/, runs/ and, set by the build, allure-results/. -Pmatrix gives each backend's JVM
 * its own and merges them into {@code reports/}.
 */
public final class ReportsDir {
    public static final String PROPERTY = "claimcheck.reports.dir";

    private ReportsDir() {
    }

    public static Path root() {
        return Path.of(System.getProperty(PROPERTY, "reports"));
    }

    public static Path allureResults() {
        return Path.of(System.getProperty("allure.results.directory", root().resolve("allure-results").toString()));
    }
}
