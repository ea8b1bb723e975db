package org.claimcheck.env;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads which GPU architectures a CUDA shared library carries code for, without a GPU or a CUDA
 * toolkit (what {@code cuobjdump --list-elf --list-ptx} prints): the library's ELF section
 * {@code .nv_fatbin} is a run of fatbin containers (magic 0xBA55ED50, then a 16-byte header with
 * the container's size), each a run of entries whose header gives the kind (1 PTX, 2 ELF cubin),
 * the header's and payload's sizes and the SM architecture.
 *
 * <p>The library is streamed twice out of its jar (it is 905 MB inflated for nd4j-cuda 1.0.0-M2.1,
 * about 5 s a pass): once for the section headers at its end, once for the section names and
 * the fatbin itself.
 */
public final class CudaFatbin {
    static final int FATBIN_MAGIC = 0xBA55ED50;
    static final int KIND_PTX = 1;
    static final int KIND_ELF = 2;
    private static final String SECTION = ".nv_fatbin";
    private static final int SHT_NOBITS = 8;

    private CudaFatbin() {
    }

    record Section(int nameOffset, int type, long offset, long size) {
    }

    /** The entries counted in one section that starts with a fatbin, per SM architecture. */
    record Walk(Section section, Map<Integer, Integer> cubins, Map<Integer, Integer> ptx) {
    }

    /** Reads {@code entry} (the library) inside {@code jar}. */
    public static ShippedKernels read(Path jar, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry library = zip.getEntry(entry);
            if (library == null) {
                throw new IOException(jar + " holds no " + entry);
            }
            return read(() -> {
                try {
                    return new BufferedInputStream(zip.getInputStream(library), 1 << 20);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, Path.of(entry).getFileName() + " in " + jar.getFileName());
        }
    }

    /** Reads a library held in memory (tests). */
    public static ShippedKernels read(byte[] library, String name) throws IOException {
        return read(() -> new java.io.ByteArrayInputStream(library), name);
    }

    /** Reads a library from a stream that {@code open} can start afresh. */
    static ShippedKernels read(Supplier<InputStream> open, String name) throws IOException {
        List<Section> sections;
        int namesIndex;
        try (InputStream in = open.get()) {
            ByteBuffer header = little(readFully(in, 64));
            if (header.getInt(0) != 0x464C457F || header.get(4) != 2 || header.get(5) != 1) {
                throw new IOException(name + " is not a 64-bit little-endian ELF file");
            }
            long tableOffset = header.getLong(0x28);
            int entrySize = Short.toUnsignedInt(header.getShort(0x3A));
            int count = Short.toUnsignedInt(header.getShort(0x3C));
            namesIndex = Short.toUnsignedInt(header.getShort(0x3E));
            skipFully(in, tableOffset - 64);
            ByteBuffer table = little(readFully(in, entrySize * count));
            sections = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int at = i * entrySize;
                sections.add(new Section(table.getInt(at), table.getInt(at + 4), table.getLong(at + 24), table.getLong(at + 32)));
            }
        }
        Section names = sections.get(namesIndex);
        List<Section> inFileOrder = sections.stream().filter(s -> s.type() != SHT_NOBITS && s.size() > 0)
                .sorted(Comparator.comparingLong(Section::offset)).toList();
        // The names come last in the file, so every section that starts with a fatbin is walked and
        // kept only if its name, read afterwards, is .nv_fatbin.
        byte[] nameTable = null;
        List<Walk> walks = new ArrayList<>();
        try (InputStream in = open.get()) {
            long position = 0;
            for (Section section : inFileOrder) {
                if (section.offset() < position) {
                    continue;
                }
                skipFully(in, section.offset() - position);
                position = section.offset();
                if (section == names) {
                    nameTable = readFully(in, (int) section.size());
                    position += section.size();
                    continue;
                }
                if (section.size() < 16) {
                    continue;
                }
                byte[] first = readFully(in, 4);
                position += 4;
                if (little(first).getInt(0) != FATBIN_MAGIC) {
                    continue;
                }
                Walk walk = new Walk(section, new TreeMap<>(), new TreeMap<>());
                walk(in, section.size(), first, walk.cubins(), walk.ptx(), name);
                position = section.offset() + section.size();
                walks.add(walk);
            }
        }
        if (nameTable == null) {
            throw new IOException(name + ": no section-name table");
        }
        byte[] sectionNames = nameTable;
        List<Walk> fatbins = walks.stream().filter(w -> sectionName(sectionNames, w.section().nameOffset()).equals(SECTION)).toList();
        if (fatbins.isEmpty()) {
            throw new IOException(name + " has no " + SECTION + " section: it carries no GPU code");
        }
        Map<Integer, Integer> cubins = new TreeMap<>();
        Map<Integer, Integer> ptx = new TreeMap<>();
        for (Walk walk : fatbins) {
            walk.cubins().forEach((sm, n) -> cubins.merge(sm, n, Integer::sum));
            walk.ptx().forEach((sm, n) -> ptx.merge(sm, n, Integer::sum));
        }
        return new ShippedKernels(name, ShippedKernels.count(cubins), ShippedKernels.count(ptx));
    }

    /**
     * Walks {@code size} bytes of fatbin containers whose first 4 bytes ({@code first}) are already
     * read, counting entries per SM architecture: ELF cubins into {@code cubins}, PTX into {@code ptx}.
     */
    static void walk(InputStream in, long size, byte[] first, Map<Integer, Integer> cubins, Map<Integer, Integer> ptx, String name)
            throws IOException {
        long position = 0;
        byte[] magic = first;
        while (position < size) {
            if (magic == null) {
                if (size - position < 16) {
                    skipFully(in, size - position);
                    return;
                }
                magic = readFully(in, 4);
            }
            int word = little(magic).getInt(0);
            magic = null;
            if (word == 0) {
                // alignment padding between containers
                skipFully(in, 4);
                position += 8;
                continue;
            }
            if (word != FATBIN_MAGIC) {
                throw new IOException(name + ": no fatbin container at offset " + position + " of " + SECTION);
            }
            ByteBuffer header = little(readFully(in, 12));
            int headerSize = Short.toUnsignedInt(header.getShort(2));
            long containerSize = header.getLong(4);
            skipFully(in, headerSize - 16);
            long end = position + headerSize + containerSize;
            position += headerSize;
            while (position < end) {
                ByteBuffer entry = little(readFully(in, 32));
                int kind = Short.toUnsignedInt(entry.getShort(0));
                int entryHeaderSize = entry.getInt(4);
                long payload = entry.getLong(8);
                int sm = entry.getInt(28);
                if (entryHeaderSize < 32 || payload < 0) {
                    throw new IOException(name + ": malformed fatbin entry at offset " + position + " of " + SECTION);
                }
                if (kind == KIND_ELF) {
                    cubins.merge(sm, 1, Integer::sum);
                } else if (kind == KIND_PTX) {
                    ptx.merge(sm, 1, Integer::sum);
                }
                skipFully(in, entryHeaderSize - 32 + payload);
                position += entryHeaderSize + payload;
            }
            if (position != end) {
                throw new IOException(name + ": fatbin entries overrun their container at offset " + position + " of " + SECTION);
            }
        }
    }

    private static String sectionName(byte[] table, int offset) {
        int end = offset;
        while (end < table.length && table[end] != 0) {
            end++;
        }
        return new String(table, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static ByteBuffer little(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] readFully(InputStream in, int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new EOFException("the library ends early: wanted " + n + " more bytes");
        }
        return bytes;
    }

    private static void skipFully(InputStream in, long n) throws IOException {
        if (n < 0) {
            throw new IOException("cannot seek backwards in a stream");
        }
        in.skipNBytes(n);
    }
}
