package dev.tally.app.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader sees either the complete old file or the complete new one: the bytes
 * go to a temporary file in the target's folder, are flushed and synced to disk, and the temporary
 * file is then moved over the target in one step. On any failure the temporary file is removed and
 * the target is untouched.
 */
public final class AtomicFiles {

    /** Writes bytes to a stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param output  where to write
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream output) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes the file atomically.
     *
     * @param target  the file to create or replace
     * @param content  what to write
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream output = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(output);
                output.flush();
                channel.force(true);
            }
            move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
