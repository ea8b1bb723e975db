package org.claimcheck.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The banknote authentication set of lectures L12 and L13: 1372 rows, four wavelet features
 * (standardised per column here, since the file holds raw values) and a 0/1 label.
 */
public final class Banknote {
    public static final String FILE = "banknote/data_banknote_authentication.txt";
    public static final int ROWS = 1372;
    public static final int COLUMNS = 5;
    public static final int LABEL_0 = 762;
    public static final int LABEL_1 = 610;
    public static final String SHA256 = "63cb547740b3d71fc4a7fa05a6f5005ba63e86a64d2dfb11251398611fb7b19c";

    private static Dataset cached;

    private Banknote() {
    }

    /** The standardised banknote set from the located data directory, read once per JVM. */
    public static synchronized Dataset load() {
        if (cached == null) {
            cached = load(DataDirectory.locate().file(FILE, "the banknote set (" + ROWS + " rows of 4 features and a 0/1 label)"));
        }
        return cached;
    }

    public static Dataset load(Path file) {
        List<String> lines;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            lines = new String(bytes, StandardCharsets.US_ASCII).lines().toList();
        } catch (IOException e) {
            throw new DataException("Could not read the banknote set at " + file + ": " + e.getMessage(), e);
        }
        double[][] raw = parse(file, lines);
        checkClassCounts(file, raw);
        String sha = sha256(bytes);
        if (!SHA256.equals(sha)) {
            throw new DataException("The banknote set at " + file + " parses, but its SHA-256 is " + sha
                    + " instead of " + SHA256 + " (see the data README): it is not the course's file.");
        }
        return standardised(raw);
    }

    private static double[][] parse(Path file, List<String> lines) {
        double[][] rows = new double[lines.size()][];
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells.length != COLUMNS) {
                throw new DataException(file + ":" + (i + 1) + ": expected " + COLUMNS
                        + " comma-separated values (4 features and a label), found " + cells.length + ": '" + line + "'");
            }
            double[] row = new double[COLUMNS];
            for (int c = 0; c < COLUMNS; c++) {
                try {
                    row[c] = Double.parseDouble(cells[c].strip());
                } catch (NumberFormatException e) {
                    throw new DataException(file + ":" + (i + 1) + ": column " + (c + 1) + " is not a number: '"
                            + cells[c] + "'");
                }
                if (!Double.isFinite(row[c])) {
                    throw new DataException(file + ":" + (i + 1) + ": column " + (c + 1) + " is not finite: '" + cells[c] + "'");
                }
            }
            if (row[4] != 0 && row[4] != 1) {
                throw new DataException(file + ":" + (i + 1) + ": the label (column 5) must be 0 or 1, found " + cells[4]);
            }
            rows[count++] = row;
        }
        if (count != ROWS) {
            throw new DataException("The banknote set at " + file + " has " + count + " data rows; expected " + ROWS + ".");
        }
        return java.util.Arrays.copyOf(rows, count);
    }

    private static void checkClassCounts(Path file, double[][] rows) {
        int ones = 0;
        for (double[] row : rows) {
            ones += (int) row[4];
        }
        if (ones != LABEL_1 || rows.length - ones != LABEL_0) {
            throw new DataException("The banknote set at " + file + " has " + (rows.length - ones) + " rows of label 0 and "
                    + ones + " of label 1; expected " + LABEL_0 + " and " + LABEL_1 + ".");
        }
    }

    private static Dataset standardised(double[][] raw) {
        int n = raw.length;
        double[][] x = new double[n][4];
        double[][] y = new double[n][1];
        for (int c = 0; c < 4; c++) {
            double mean = 0;
            for (double[] row : raw) {
                mean += row[c];
            }
            mean /= n;
            double var = 0;
            for (double[] row : raw) {
                var += (row[c] - mean) * (row[c] - mean);
            }
            double sd = Math.sqrt(var / n);
            for (int i = 0; i < n; i++) {
                x[i][c] = (raw[i][c] - mean) / sd;
            }
        }
        for (int i = 0; i < n; i++) {
            y[i][0] = raw[i][4];
        }
        return new Dataset("banknote", Dataset.Task.BINARY, x, y);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
