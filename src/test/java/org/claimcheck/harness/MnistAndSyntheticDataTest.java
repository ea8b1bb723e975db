package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.claimcheck.data.DataDirectory;
import org.claimcheck.data.DataException;
import org.claimcheck.data.Dataset;
import org.claimcheck.data.Mnist;
import org.claimcheck.data.Synthetic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("harness")
class MnistAndSyntheticDataTest {
    @TempDir
    Path folder;

    @Test
    void theFixedSplitHas8000And2000OneHotImages() {
        Dataset train = Mnist.train();
        Dataset heldOut = Mnist.heldOut();
        assertEquals(8000, train.size());
        assertEquals(2000, heldOut.size());
        assertEquals(784, train.inputs());
        assertEquals(10, train.outputs());
        int[] counts = new int[10];
        for (Dataset part : new Dataset[] {train, heldOut}) {
            for (double[] y : part.targets()) {
                assertEquals(1.0, Arrays.stream(y).sum());
                for (int d = 0; d < 10; d++) {
                    counts[d] += (int) y[d];
                }
            }
        }
        assertArrayEquals(Mnist.LABEL_COUNTS, counts, "the split keeps every image exactly once");
    }

    @Test
    void aDamagedFileNamesItselfAndTheChecksum() throws Exception {
        Path real = DataDirectory.locate().file(Mnist.LABELS, "MNIST labels");
        byte[] bytes = Files.readAllBytes(real);
        bytes[bytes.length / 2] ^= 1;
        Path damaged = folder.resolve("t10k-labels-idx1-ubyte.gz");
        Files.write(damaged, bytes);
        DataException e = assertThrows(DataException.class, () -> Mnist.readLabels(damaged));
        assertTrue(e.getMessage().contains(damaged.toString()) && e.getMessage().contains(Mnist.LABELS_SHA256), e.getMessage());
    }

    @Test
    void aMissingFileSaysWhatWasExpectedWhere() {
        DataException e = assertThrows(DataException.class,
                () -> DataDirectory.at(folder).file(Mnist.IMAGES, "the MNIST test images (IDX3, gzip, 10000 images of 28x28)"));
        assertTrue(e.getMessage().contains("MNIST test images") && e.getMessage().contains(folder.resolve(Mnist.IMAGES).toString()),
                e.getMessage());
    }

    @Test
    void nnbpDataGivesEveryRowTheSameTargetAsTheNotebookDoes() {
        Dataset data = Synthetic.nnbpRegression();
        assertEquals(1000, data.size());
        assertEquals(100, data.inputs());
        double s = 0;
        for (double[] row : data.features()) {
            for (int c = 0; c < 50; c++) {
                s += row[c] / 10;
            }
        }
        double target = s * s + s;
        for (double[] y : data.targets()) {
            assertEquals(target, y[0], 0.0);
        }
    }

    @Test
    void syntheticSetsAreTheSameInEveryCall() {
        assertTrue(Arrays.deepEquals(Synthetic.circles().features(), Synthetic.circles().features()));
        assertTrue(Arrays.deepEquals(Synthetic.noisyLine().targets(), Synthetic.noisyLine().targets()));
        Dataset circles = Synthetic.circles();
        for (int i = 0; i < circles.size(); i++) {
            double r = Math.hypot(circles.features()[i][0], circles.features()[i][1]);
            assertTrue(circles.targets()[i][0] == 1 ? r <= 2.5 : r >= 3.5 && r <= 5, "point " + i + " at radius " + r);
        }
    }
}
