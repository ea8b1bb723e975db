package org.claimcheck.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * The MNIST test set (the only MNIST the course data ships), read from its gzip'd IDX files and
 * checked by magic numbers, sizes, label counts and SHA-256. Pixels are scaled as torchvision's
 * {@code ToTensor} then {@code Normalize((0.1307,), (0.3081,))} do in the NNBP notebook.
 *
 * <p>The claims the lectures made on the 60 000-image training set run on a fixed split of these
 * 10 000 images: a permutation from {@link #SPLIT_SEED} puts {@value #TRAIN_SIZE} images in
 * {@link #TRAIN} and the remaining 2 000 in {@link #HELD_OUT}.
 */
public final class Mnist {
    public static final String TRAIN = "mnist-train";
    public static final String HELD_OUT = "mnist-heldout";
    public static final String IMAGES = "mnist/t10k-images-idx3-ubyte.gz";
    public static final String LABELS = "mnist/t10k-labels-idx1-ubyte.gz";
    public static final String IMAGES_SHA256 = "167310007f03058885c7e95e6c0b19c20de5c7fd3031f4cbdadc9014a523d80b";
    public static final String LABELS_SHA256 = "fc607395669ec21321ea83e4b82c0544b7e8e63ff5b34337c06bc0a17cc0da3c";
    public static final int IMAGES_COUNT = 10_000;
    public static final int SIDE = 28;
    public static final int[] LABEL_COUNTS = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};
    public static final int TRAIN_SIZE = 8_000;
    public static final long SPLIT_SEED = 20_261_121L;
    public static final double MEAN = 0.1307;
    public static final double STD = 0.3081;

    private static Dataset train;
    private static Dataset heldOut;

    private Mnist() {
    }

    public static synchronized Dataset train() {
        if (train == null) {
            split(DataDirectory.locate());
        }
        return train;
    }

    public static synchronized Dataset heldOut() {
        if (heldOut == null) {
            split(DataDirectory.locate());
        }
        return heldOut;
    }

    private static void split(DataDirectory directory) {
        Path images = directory.file(IMAGES, "the MNIST test images (IDX3, gzip, " + IMAGES_COUNT + " images of 28x28)");
        Path labels = directory.file(LABELS, "the MNIST test labels (IDX1, gzip, " + IMAGES_COUNT + " labels 0-9)");
        double[][] pixels = readImages(images);
        int[] digits = readLabels(labels);
        int[] order = Shuffle.permutation(IMAGES_COUNT, SPLIT_SEED);
        train = subset(TRAIN, pixels, digits, order, 0, TRAIN_SIZE);
        heldOut = subset(HELD_OUT, pixels, digits, order, TRAIN_SIZE, IMAGES_COUNT);
    }

    private static Dataset subset(String name, double[][] pixels, int[] digits, int[] order, int from, int to) {
        double[][] x = new double[to - from][];
        double[][] y = new double[to - from][10];
        for (int i = from; i < to; i++) {
            x[i - from] = pixels[order[i]];
            y[i - from][digits[order[i]]] = 1;
        }
        return new Dataset(name, Dataset.Task.MULTICLASS, x, y);
    }

    public static double[][] readImages(Path file) {
        byte[] raw = gunzip(file, IMAGES_SHA256);
        try (var in = new DataInputStream(new java.io.ByteArrayInputStream(raw))) {
            expect(file, "magic number", 2051, in.readInt());
            expect(file, "image count", IMAGES_COUNT, in.readInt());
            expect(file, "rows", SIDE, in.readInt());
            expect(file, "columns", SIDE, in.readInt());
            double[][] images = new double[IMAGES_COUNT][SIDE * SIDE];
            for (double[] image : images) {
                for (int p = 0; p < image.length; p++) {
                    image[p] = (in.readUnsignedByte() / 255.0 - MEAN) / STD;
                }
            }
            return images;
        } catch (EOFException e) {
            throw new DataException(file + " ends early: expected " + IMAGES_COUNT + " images of " + SIDE + "x" + SIDE + " pixels", e);
        } catch (IOException e) {
            throw new DataException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public static int[] readLabels(Path file) {
        byte[] raw = gunzip(file, LABELS_SHA256);
        try (var in = new DataInputStream(new java.io.ByteArrayInputStream(raw))) {
            expect(file, "magic number", 2049, in.readInt());
            expect(file, "label count", IMAGES_COUNT, in.readInt());
            int[] labels = new int[IMAGES_COUNT];
            int[] counts = new int[10];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = in.readUnsignedByte();
                if (labels[i] > 9) {
                    throw new DataException(file + ": label " + (i + 1) + " is " + labels[i] + ", expected a digit 0-9");
                }
                counts[labels[i]]++;
            }
            if (!Arrays.equals(counts, LABEL_COUNTS)) {
                throw new DataException(file + ": label counts " + Arrays.toString(counts) + " differ from the MNIST test set's "
                        + Arrays.toString(LABEL_COUNTS));
            }
            return labels;
        } catch (EOFException e) {
            throw new DataException(file + " ends early: expected " + IMAGES_COUNT + " labels", e);
        } catch (IOException e) {
            throw new DataException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The decompressed bytes, after checking the SHA-256 of the gzip file itself (the data README's checksum). */
    private static byte[] gunzip(Path file, String sha256) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                bytes = in.readAllBytes();
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(sha256)) {
                throw new DataException(file + " has SHA-256 " + actual + " instead of " + sha256
                        + " (see the data README): it is not the course's MNIST file, or it is damaged.");
            }
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        } catch (java.util.zip.ZipException e) {
            throw new DataException(file + " is not a valid gzip file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DataException("Could not read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expect(Path file, String field, int expected, int actual) {
        if (expected != actual) {
            throw new DataException(file + ": IDX header field '" + field + "' is " + actual + ", expected " + expected);
        }
    }
}
