package org.claimcheck.expect;

import java.nio.file.Path;

/** An expected file that exists but cannot be used. The message names the file and the field. */
public class ExpectedFileException extends RuntimeException {
    public ExpectedFileException(Path file, String problem, Throwable cause) {
        super("Expected file " + file + " is unusable: " + problem
                + ". Fix it by hand, restore it from git (git checkout -- " + file + "), or re-record it with -Dclaimcheck.record=all.", cause);
    }
}
