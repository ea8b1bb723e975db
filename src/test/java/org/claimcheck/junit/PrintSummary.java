package org.claimcheck.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build's last words: the claim summary the test JVM kept (cases per outcome, every case that
 * did not pass by name, where the reports are), printed again after the HTML report has been
 * rendered and checked, so that it ends the console output (exec:java@summary). Prints nothing where
 * no claim case ran.
 *
 * <p>Arguments: the reports folder.
 */
public final class PrintSummary {
    static final String FILE = "summary.txt";

    private PrintSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "reports").resolve(FILE);
        if (Files.exists(file)) {
            System.out.println("[claimcheck] summary (" + file + "):");
            Files.readAllLines(file).forEach(line -> System.out.println("[claimcheck] " + line));
        }
    }
}
