package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.data.Banknote;
import org.claimcheck.data.DataDirectory;
import org.claimcheck.data.DataException;
import org.claimcheck.data.Dataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("harness")
class BanknoteDataTest {
    @TempDir
    Path folder;

    static Path realFile() {
        return DataDirectory.locate().file(Banknote.FILE, "the banknote set");
    }

    @Test
    void theCourseFileLoadsStandardised() {
        Dataset data = Banknote.load(realFile());
        assertEquals(1372, data.size());
        assertEquals(4, data.inputs());
        for (int c = 0; c < 4; c++) {
            double mean = 0;
            double square = 0;
            for (double[] row : data.features()) {
                mean += row[c];
                square += row[c] * row[c];
            }
            assertEquals(0, mean / 1372, 1e-12, "column " + c + " mean");
            assertEquals(1, square / 1372, 1e-9, "column " + c + " variance");
        }
    }

    private Path copyWith(java.util.function.UnaryOperator<List<String>> damage) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(realFile()));
        Path file = folder.resolve("banknote.txt");
        Files.write(file, damage.apply(lines));
        return file;
    }

    @Test
    void aMalformedLineIsReportedAsFileAndLine() throws IOException {
        Path file = copyWith(lines -> {
            lines.set(41, "3.1,2.2,1.0");
            return lines;
        });
        DataException e = assertThrows(DataException.class, () -> Banknote.load(file));
        assertTrue(e.getMessage().startsWith(file + ":42:"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 5"), e.getMessage());
    }

    @Test
    void aNonNumberIsReportedWithItsColumn() throws IOException {
        Path file = copyWith(lines -> {
            lines.set(9, "3.1,abc,1.0,0.5,0");
            return lines;
        });
        DataException e = assertThrows(DataException.class, () -> Banknote.load(file));
        assertTrue(e.getMessage().contains(file + ":10: column 2 is not a number"), e.getMessage());
    }

    @Test
    void aBadLabelIsReported() throws IOException {
        Path file = copyWith(lines -> {
            lines.set(0, lines.get(0).replaceFirst(",0$", ",2"));
            return lines;
        });
        DataException e = assertThrows(DataException.class, () -> Banknote.load(file));
        assertTrue(e.getMessage().contains(file + ":1: the label"), e.getMessage());
    }

    @Test
    void missingRowsAreCounted() throws IOException {
        Path file = copyWith(lines -> lines.subList(0, 1000));
        DataException e = assertThrows(DataException.class, () -> Banknote.load(file));
        assertTrue(e.getMessage().contains("has 1000 data rows; expected 1372"), e.getMessage());
    }

    @Test
    void wrongClassCountsAreReported() throws IOException {
        Path file = copyWith(lines -> {
            lines.set(0, lines.get(0).replaceFirst(",0$", ",1"));
            return lines;
        });
        DataException e = assertThrows(DataException.class, () -> Banknote.load(file));
        assertTrue(e.getMessage().contains("761 rows of label 0 and 611 of label 1; expected 762 and 610"), e.getMessage());
    }

    @Test
    void aChangedValueFailsTheChecksum() throws IOException {
        Path file = copyWith(lines -> {
            lines.set(5, lines.get(5).replaceFirst("^[^,]+", "1.2345"));
            return lines;
        });
        DataException e = assertThrows(DataException.class, () -> Banknote.load(file));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void aMissingDataDirectoryNamesTheSettingToUse() throws Exception {
        Path nowhere = folder.resolve("no-such-dir");
        SystemProperties.with(DataDirectory.PROPERTY, nowhere.toString(), () -> {
            DataException e = assertThrows(DataException.class, DataDirectory::locate);
            assertTrue(e.getMessage().contains(nowhere.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("-Dclaimcheck.data.dir"), e.getMessage());
            assertTrue(e.getMessage().contains("CLAIMCHECK_DATA_DIR"), e.getMessage());
        });
    }

    @Test
    void aMissingFileSaysWhatWasExpectedWhere() {
        DataException e = assertThrows(DataException.class, () -> DataDirectory.at(folder).file(Banknote.FILE, "the banknote set"));
        assertTrue(e.getMessage().contains(folder.resolve(Banknote.FILE).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("the banknote set"), e.getMessage());
    }
}
