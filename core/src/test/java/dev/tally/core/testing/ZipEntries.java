package dev.tally.core.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Checks that a workbook is a plain ZIP that every reader can read: streamed entry by entry with
 * {@link ZipInputStream}, each entry holds the bytes {@link ZipFile} reads through the central
 * directory, and no local header announces ZIP64 or holds a date that cannot be.
 */
public final class ZipEntries {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int ZIP64_VERSION = 45;
    private static final int ZIP64_EXTRA = 0x0001;

    private ZipEntries() {
    }

    /**
     * Asserts that the file streams entry by entry to the bytes its central directory gives.
     *
     * @param file  a ZIP file, not null
     * @return the names of its entries, in file order
     */
    public static List<String> assertStreamable(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile());
                ZipInputStream stream = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = stream.getNextEntry(); entry != null; entry = stream.getNextEntry()) {
                byte[] streamed = stream.readAllBytes();
                ZipEntry listed = zip.getEntry(entry.getName());
                try (InputStream in = zip.getInputStream(listed)) {
                    assertArrayEquals(in.readAllBytes(), streamed, entry.getName());
                }
                names.add(entry.getName());
            }
            assertEquals(zip.size(), names.size(), "entries streamed of those the central directory lists");
        }
        assertLocalHeadersPlain(file);
        return names;
    }

    /** Walks the local headers in file order: none announces ZIP64, and every date is a real date. */
    private static void assertLocalHeadersPlain(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int at = 0;
            while (bytes.getInt(at) == LOCAL_HEADER) {
                int version = bytes.getShort(at + 4) & 0xffff;
                int flags = bytes.getShort(at + 6) & 0xffff;
                int dosDate = bytes.getShort(at + 12) & 0xffff;
                int nameLength = bytes.getShort(at + 26) & 0xffff;
                int extraLength = bytes.getShort(at + 28) & 0xffff;
                String name = new String(bytes.array(), at + 30, nameLength, StandardCharsets.UTF_8);
                assertTrue(version < ZIP64_VERSION, name + ": version needed " + version + " announces ZIP64");
                int month = (dosDate >> 5) & 0x0f;
                int day = dosDate & 0x1f;
                assertTrue(month >= 1 && month <= 12 && day >= 1, name + ": date month " + month + " day " + day);
                for (int e = at + 30 + nameLength; e < at + 30 + nameLength + extraLength; ) {
                    int id = bytes.getShort(e) & 0xffff;
                    assertNotEquals(ZIP64_EXTRA, id, name + ": ZIP64 extra field");
                    e += 4 + (bytes.getShort(e + 2) & 0xffff);
                }
                at += 30 + nameLength + extraLength + (int) zip.getEntry(name).getCompressedSize();
                if ((flags & 0x08) != 0) {
                    at += bytes.getInt(at) == DATA_DESCRIPTOR ? 16 : 12;
                }
            }
        }
    }
}
