package org.claimcheck.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the course data lives: the system property {@value #PROPERTY}, then the environment
 * variable {@value #ENV}, then the copy shipped in this repository, {@code data/} (relative to the
 * working directory, which Maven sets to the project's root).
 */
public final class DataDirectory {
    public static final String PROPERTY = "claimcheck.data.dir";
    public static final String ENV = "CLAIMCHECK_DATA_DIR";
    public static final String DEFAULT = "data";

    private final Path root;
    private final String source;

    private DataDirectory(Path root, String source) {
        this.root = root;
        this.source = source;
    }

    public static DataDirectory locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return existing(Path.of(property), "system property -D" + PROPERTY);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return existing(Path.of(env), "environment variable " + ENV);
        }
        return existing(Path.of(DEFAULT), "default location " + DEFAULT + "/, the copy shipped in this repository");
    }

    public static DataDirectory at(Path root) {
        return existing(root, "explicit path");
    }

    private static DataDirectory existing(Path root, String source) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new DataException("The course data directory " + absolute + " (from the " + source
                    + ") does not exist. Point the harness at the folder that holds banknote/ and mnist/ with -D"
                    + PROPERTY + "=/path/to/data or the environment variable " + ENV + ".");
        }
        return new DataDirectory(absolute, source);
    }

    /** A file below the data directory that must exist and be readable. */
    public Path file(String relative, String whatItIs) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new DataException("Expected " + whatItIs + " at " + file + " but found no readable file there"
                    + " (data directory from the " + source + "). Copy the course data there, or point the harness"
                    + " elsewhere with -D" + PROPERTY + "=/path/to/data or " + ENV + ".");
        }
        return file;
    }
}
