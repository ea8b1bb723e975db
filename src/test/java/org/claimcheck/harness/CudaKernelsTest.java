package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.env.CudaArchitecture;
import org.claimcheck.env.CudaFatbin;
import org.claimcheck.env.NdCudaLibrary;
import org.claimcheck.env.ShippedKernels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The GPU architectures nd4j-cuda ships, read from its library's fatbin rather than typed by hand. */
@Tag("harness")
class CudaKernelsTest {

    /** The real library: the jar -Pgpu resolves, wherever it has been downloaded. */
    @Test
    void readsTheArchitecturesFromNd4jCudasOwnLibrary() {
        Path jar = NdCudaLibrary.jarOnClassPath().or(NdCudaLibrary::jarFromProperty).orElse(null);
        Assumptions.assumeTrue(jar != null, "nd4j-cuda's jar is not in the local Maven repository (-D" + NdCudaLibrary.JAR_PROPERTY + "="
                + System.getProperty(NdCudaLibrary.JAR_PROPERTY) + "); `mvn test -Pgpu` downloads it");
        ShippedKernels shipped = NdCudaLibrary.shipped(jar);
        List<String> expected = List.of("sm_37", "sm_50", "sm_52", "sm_60", "sm_61", "sm_70", "sm_75", "sm_80", "sm_86");
        if (jar.getFileName().toString().equals("nd4j-cuda-11.6-1.0.0-M2.1-linux-x86_64.jar")) {
            assertEquals(expected, shipped.cubins().keySet().stream().map(CudaArchitecture::sm).toList(), shipped.summary());
            assertTrue(shipped.cubins().values().stream().allMatch(n -> n == 228), shipped.summary());
            assertTrue(shipped.ptx().isEmpty(), shipped.summary());
            assertEquals("cubins for " + String.join(", ", expected) + " (228 each), no PTX", shipped.summary());
        }
        assertTrue(shipped.runsOn(new CudaArchitecture(8, 6)) || !shipped.cubins().isEmpty(), shipped.summary());
    }

    @Test
    void walksEveryContainerOfTheNvFatbinSectionAndNothingElse() throws IOException {
        byte[] fatbin = concat(container(entry(2, 86, 40), entry(2, 80, 8), entry(1, 90, 100)), new byte[8], container(entry(2, 86, 16)));
        byte[] decoy = container(entry(2, 52, 8));
        ShippedKernels shipped = CudaFatbin.read(elf(Map.of(".nv_fatbin", fatbin, ".rodata", decoy)), "synthetic.so");
        assertEquals(Map.of(new CudaArchitecture(8, 0), 1, new CudaArchitecture(8, 6), 2), shipped.cubins());
        assertEquals(Map.of(new CudaArchitecture(9, 0), 1), shipped.ptx());
        assertTrue(shipped.runsOn(new CudaArchitecture(8, 9)), "an sm_86 cubin runs on 8.9");
        assertTrue(shipped.runsOn(new CudaArchitecture(10, 0)), "sm_90 PTX compiles for 10.0");
        assertTrue(!shipped.runsOn(new CudaArchitecture(7, 5)), "nothing for 7.5");
    }

    @Test
    void saysWhatIsWrongWithALibraryWithoutGpuCodeOrWithABrokenFatbin() {
        IOException none = assertThrows(IOException.class,
                () -> CudaFatbin.read(elf(Map.of(".rodata", container(entry(2, 52, 8)))), "cpu-only.so"));
        assertTrue(none.getMessage().contains("cpu-only.so has no .nv_fatbin section"), none.getMessage());
        byte[] broken = container(entry(2, 86, 40));
        ByteBuffer.wrap(broken).order(ByteOrder.LITTLE_ENDIAN).putLong(8, 24);
        IOException overrun = assertThrows(IOException.class, () -> CudaFatbin.read(elf(Map.of(".nv_fatbin", broken)), "broken.so"));
        assertTrue(overrun.getMessage().startsWith("broken.so: fatbin entries overrun their container"), overrun.getMessage());
    }

    /** A fatbin entry: 64-byte header (kind, header size, payload size, SM at byte 28), then the payload. */
    static byte[] entry(int kind, int sm, int payload) {
        ByteBuffer b = ByteBuffer.allocate(64 + payload).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(0, (short) kind).putInt(4, 64).putLong(8, payload).putInt(28, sm);
        return b.array();
    }

    static byte[] container(byte[]... entries) {
        byte[] body = concat(entries);
        ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0, 0xBA55ED50).putShort(4, (short) 1).putShort(6, (short) 16).putLong(8, body.length);
        return concat(header.array(), body);
    }

    /** A minimal 64-bit little-endian ELF: the named PROGBITS sections, .shstrtab, the section headers last. */
    static byte[] elf(Map<String, byte[]> sections) {
        Map<String, byte[]> ordered = new TreeMap<>(sections);
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        names.write(0);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[64]);
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        headers.writeBytes(new byte[64]);
        for (Map.Entry<String, byte[]> section : ordered.entrySet()) {
            headers.writeBytes(sectionHeader(names.size(), 1, file.size(), section.getValue().length));
            names.writeBytes((section.getKey() + "\0").getBytes(StandardCharsets.US_ASCII));
            file.writeBytes(section.getValue());
        }
        int namesName = names.size();
        names.writeBytes(".shstrtab\0".getBytes(StandardCharsets.US_ASCII));
        headers.writeBytes(sectionHeader(namesName, 3, file.size(), names.size()));
        file.writeBytes(names.toByteArray());
        int tableOffset = file.size();
        file.writeBytes(headers.toByteArray());
        byte[] bytes = file.toByteArray();
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0, 0x464C457F).put(4, (byte) 2).put(5, (byte) 1);
        header.putLong(0x28, tableOffset).putShort(0x3A, (short) 64).putShort(0x3C, (short) (ordered.size() + 2))
                .putShort(0x3E, (short) (ordered.size() + 1));
        return bytes;
    }

    static byte[] sectionHeader(int name, int type, long offset, long size) {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, name).putInt(4, type).putLong(24, offset).putLong(32, size);
        return b.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
