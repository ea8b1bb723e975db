package org.claimcheck.report.sets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.LeaveOneSeedOut;
import org.claimcheck.expect.Stability;

/**
 * What the expected files promise, from their own numbers: every file's leave-one-seed-out
 * result, and what rounding does to it (its stability and the rounding band's own leave-one-out).
 * Writes a markdown table; the suite-level rate on another arithmetic is {@link RoundingHealth}'s.
 *
 * <p>Arguments: the expected folder, the arithmetic key, and where to write the table.
 */
public final class BandHealth {
    private BandHealth() {
    }

    record Row(String run, int seeds, LeaveOneSeedOut loo, Stability stability) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BandHealth EXPECTED_DIR KEY OUT_FILE");
        }
        ExpectedStore store = new ExpectedStore(Path.of(args[0]));
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(store.root())) {
            for (Path file : walk.filter(p -> p.getFileName().toString().equals(args[1] + ".json")).sorted().toList()) {
                ExpectedFile e = store.read(file);
                rows.add(new Row(e.claim() + "/" + e.run(), e.provenance().seeds().size(), e.leaveOneSeedOut(), e.stability()));
            }
        }
        String text = table(rows);
        Files.writeString(Path.of(args[2]), text);
        System.out.println(text);
    }

    /** The one-sided 95 % Clopper-Pearson upper bound of a rate seen {@code failures} times in {@code trials}. */
    public static double upperBound(int failures, int trials) {
        return failures == trials ? 1 : new BetaDistribution(failures + 1, trials - failures).inverseCumulativeProbability(0.95);
    }

    static String table(List<Row> rows) {
        int trials = rows.stream().mapToInt(r -> r.loo().seeds()).sum();
        int failures = rows.stream().mapToInt(r -> r.loo().seeds() - r.loo().passed()).sum();
        StringBuilder t = new StringBuilder("# Expected bands: leave-one-seed-out and rounding\n\n");
        t.append(String.format(Locale.ROOT, "%d expected files, %d seeds each judged against the seed band of the others: %d outside (%.1f %%,"
                        + " one-sided 95 %% upper bound %.1f %%). Per run, that is the chance that one more seed leaves its seed band; seed bands"
                        + " judge runs only on the recording's arithmetic, beside the golden values. Another arithmetic is judged by the"
                        + " rounding bands: how often that fails a healthy suite is measured in [rounding.md](rounding.md).%n%n",
                rows.size(), trials, failures, 100.0 * failures / Math.max(1, trials), 100 * upperBound(failures, Math.max(1, trials))));
        t.append("| run | seeds | leave-one-seed-out | least room (decades) | stability | largest drift under rounding (decades) |"
                + " perturbed runs inside the rounding band of the others |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            t.append(String.format(Locale.ROOT, "| %s | %d | %d/%d | %.3g | %s | %.2g | %d/%d |%n", r.run(), r.seeds(), r.loo().passed(),
                    r.loo().seeds(), r.loo().smallestMarginDecades(), r.stability().label().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    r.stability().drift(), r.stability().membersInside(), r.stability().perturbations().size()));
        }
        return t.toString();
    }
}
