package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimcheck.expect.Band;
import org.claimcheck.expect.BandRule;
import org.claimcheck.expect.ExpectedCurve;
import org.claimcheck.expect.ExpectedFile;
import org.claimcheck.expect.ExpectedFileException;
import org.claimcheck.expect.ExpectedMatch;
import org.claimcheck.expect.ExpectedStore;
import org.claimcheck.expect.LeaveOneSeedOut;
import org.claimcheck.expect.Provenance;
import org.claimcheck.expect.Stability;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("harness")
class ExpectedStoreTest {
    @TempDir
    Path root;

    static ExpectedFile sample() {
        Band band = new Band(new double[] {0.5, 0.25}, new double[] {0.7, 0.35}, new double[] {0.6, 0.3000000000000001});
        // other numbers than the epoch-loss band, so that a test editing one curve's text edits only that curve
        Band wholeData = new Band(new double[] {0.4, 0.2}, new double[] {0.6, 0.3}, new double[] {0.5, 0.25});
        Provenance provenance = new Provenance("1.0.0-M2.1", "cpu", "cpu-openblas-haswell", "linux-x86_64", "Test CPU", "OPENBLAS 0.3.19", "Haswell", "1", "Linux", "17",
                "FLOAT", List.of(List.of(666L, 1337L), List.of(667L, 1338L)), "2026-11-21T00:00:00Z", "mvn test -Dclaimcheck.record=all");
        return new ExpectedFile(ExpectedFile.FORMAT, "L13-OPT", "adam", "cpu-openblas-haswell", "spec", BandRule.DEFAULT, BandRule.DEFAULT.text(),
                provenance, new LeaveOneSeedOut(2, 2, 0.05, List.of(666L, 1337L)), new org.claimcheck.expect.Divergence(null,
                java.util.Arrays.asList(null, null)), Stability.NOT_MEASURED, "", Map.of("epochLoss", ExpectedCurve.of("epoch loss", band), "wholeDataLoss", ExpectedCurve.of("whole-data loss", wholeData)));
    }

    @Test
    void roundTripKeepsEveryValueExactly() {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        store.write(file, sample());
        ExpectedFile read = store.read(file);
        assertEquals(sample().provenance(), read.provenance());
        assertArrayEquals(sample().curves().get("epochLoss").points().get(1), read.curves().get("epochLoss").points().get(1));
    }

    @Test
    void eachCurvePointIsOneLineSoDiffsShowChangedPoints() throws IOException {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        store.write(file, sample());
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.stream().anyMatch(l -> l.strip().equals("[1.0, 0.5, 0.7, 0.6],")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.strip().equals("[2.0, 0.25, 0.35, 0.3000000000000001]")), String.join("\n", lines));
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        store.write(file, sample());
        String before = Files.readString(file);
        Object unwritable = new Object() {
            public String getBoom() {
                throw new IllegalStateException("serialisation fails half-way");
            }
        };
        assertThrows(ExpectedFileException.class, () -> store.write(file, unwritable));
        assertEquals(before, Files.readString(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void corruptJsonNamesTheFileAndWhere() throws IOException {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"format\" : 1,\n  \"claim\" : \"L13-OPT\",\n  oops\n}");
        ExpectedFileException e = assertThrows(ExpectedFileException.class, () -> store.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        store.write(file, sample());
        Files.writeString(file, Files.readString(file).replaceFirst("\"rule\"", "\"rules\""));
        ExpectedFileException e = assertThrows(ExpectedFileException.class, () -> store.read(file));
        assertTrue(e.getMessage().contains("field `rule` is missing"), e.getMessage());
        assertFalse(e.getMessage().contains("DeserializationFeature"), "Jackson's internal wording: " + e.getMessage());
    }

    @Test
    void aJacksonErrorWithoutALocationStillGetsAMessage() {
        var noLocation = new com.fasterxml.jackson.databind.JsonMappingException(null, "Missing creator property 'points' (index 1)");
        noLocation.prependPath(new com.fasterxml.jackson.databind.JsonMappingException.Reference(null, "epochLoss"));
        noLocation.prependPath(new com.fasterxml.jackson.databind.JsonMappingException.Reference(null, "curves"));
        assertEquals("field `curves.epochLoss.points` is missing", org.claimcheck.expect.JsonErrors.describe(noLocation));
    }

    @Test
    void aMissingCurveIsNamed() throws IOException {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        store.write(file, sample());
        Files.writeString(file, Files.readString(file).replace("\"wholeDataLoss\"", "\"wholeDataLos\""));
        ExpectedFileException e = assertThrows(ExpectedFileException.class, () -> store.read(file));
        assertTrue(e.getMessage().contains("field 'curves.wholeDataLoss' is missing"), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
    }

    @Test
    void anInvertedBandPointIsNamed() throws IOException {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        store.write(file, sample());
        Files.writeString(file, Files.readString(file).replace("[2.0, 0.25, 0.35", "[2.0, 0.45, 0.35"));
        ExpectedFileException e = assertThrows(ExpectedFileException.class, () -> store.read(file));
        assertTrue(e.getMessage().contains("curves.epochLoss.points[1]"), e.getMessage());
    }

    /** Issue 21's bad inputs: each says what is there instead, naming the file. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "an empty file       | ''                                   | is empty",
            "an empty object     | '{}'                                 | has no field 'format'",
            "format in words     | '{\"format\" : \"three\"}'         | field 'format' is \"three\", not a whole number",
            "an older format     | '{\"format\" : 3}'                  | field 'format' is 3, this harness reads format 4 (format 4 adds",
            "an array            | '[1, 2]'                             | is not a JSON object but array",
    })
    void aFileThatIsNotAnExpectedFileSaysWhatItIsInstead(String row, String content, String message) throws IOException {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        ExpectedFileException e = assertThrows(ExpectedFileException.class, () -> store.read(file));
        assertTrue(e.getMessage().contains(message), row + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aFileWhoseKeyIsNotItsNameIsRefused() throws IOException {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        store.write(file, sample());
        Files.writeString(file, Files.readString(file).replace("\"key\" : \"cpu-openblas-haswell\"", "\"key\" : \"gpu-sm80\""));
        ExpectedFileException e = assertThrows(ExpectedFileException.class, () -> store.read(file));
        assertTrue(e.getMessage().contains("field 'key' says gpu-sm80, but the file is named cpu-openblas-haswell.json"), e.getMessage());
    }

    @Test
    void anEmptyBandIsRefused() throws IOException {
        ExpectedStore store = new ExpectedStore(root);
        Path file = store.path("L13-OPT", "adam", "cpu-openblas-haswell");
        store.write(file, sample());
        String text = Files.readString(file);
        int end = text.indexOf(']', text.indexOf("[2.0, 0.25")) + 1;
        int start = text.lastIndexOf("\"points\" : [", end) + "\"points\" : [".length();
        Files.writeString(file, text.substring(0, start) + text.substring(end));
        ExpectedFileException e = assertThrows(ExpectedFileException.class, () -> store.read(file));
        assertTrue(e.getMessage().contains(".points' is empty: a band with no points would pass any curve"), e.getMessage());
    }

    @Test
    void lookupGoesFromThisArithmeticToTheSameBackendToTheOtherBackend() {
        ExpectedStore store = new ExpectedStore(root);
        assertTrue(store.lookup("L13-OPT", "adam", "gpu-sm90").isEmpty(), "no file at all");
        store.write(store.path("L13-OPT", "adam", "cpu-openblas-skylakex"), sample());
        assertEquals(new ExpectedMatch(store.path("L13-OPT", "adam", "cpu-openblas-skylakex"), ExpectedMatch.Level.SAME_BACKEND),
                store.lookup("L13-OPT", "adam", "cpu-openblas-haswell").orElseThrow());
        assertEquals(new ExpectedMatch(store.path("L13-OPT", "adam", "cpu-openblas-skylakex"), ExpectedMatch.Level.OTHER_BACKEND),
                store.lookup("L13-OPT", "adam", "gpu-sm90").orElseThrow());
        store.write(store.path("L13-OPT", "adam", "cpu-openblas-haswell"), sample());
        assertEquals(new ExpectedMatch(store.path("L13-OPT", "adam", "cpu-openblas-haswell"), ExpectedMatch.Level.SAME_ARITHMETIC),
                store.lookup("L13-OPT", "adam", "cpu-openblas-haswell").orElseThrow());
        store.write(store.path("L13-OPT", "adam", "gpu-sm80"), sample());
        assertEquals(new ExpectedMatch(store.path("L13-OPT", "adam", "gpu-sm80"), ExpectedMatch.Level.SAME_BACKEND),
                store.lookup("L13-OPT", "adam", "gpu-sm90").orElseThrow());
        assertEquals("L13-OPT/adam/gpu-sm80.json (same backend, other arithmetic)",
                store.lookup("L13-OPT", "adam", "gpu-sm90").orElseThrow().describe(root));
    }
}
