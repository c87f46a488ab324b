package dev.tally.app.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader sees either the complete old file or the complete new one: the bytes
 * go to a temporary file in the target's folder, are flushed and synced to disk, and the temporary
 * file is then moved over the target in one step. On any failure the temporary file is removed and
 * the target is untouched.
 *
 * <p>The temporary file is named {@code .NAME.PID.RANDOM.tmp} after the target and the writing
 * process. A process killed while writing cannot remove its temporary file; the next write of the
 * same target removes every such file whose process is no longer alive, and leaves alone those of
 * running processes.
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

    private static final String SUFFIX = ".tmp";
    /** What follows the target's name in a temporary file's name: the writer's process id and a random part. */
    private static final Pattern WRITER = Pattern.compile("([0-9]{1,18})\\.[0-9]+\\.tmp");

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
        String prefix = "." + absolute.getFileName() + ".";
        removeAbandoned(folder, prefix);
        Path temporary = Files.createTempFile(folder, prefix + ProcessHandle.current().pid() + ".", SUFFIX);
        try {
            keepPermissions(absolute, temporary);
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

    /**
     * A temporary file is created readable by its owner only; the new file takes the permissions of
     * the file it replaces, or rw-r--r-- (less what the file system does not support) for a new one.
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Removes the temporary files of the target that a process which is no longer alive left behind. */
    private static void removeAbandoned(Path folder, String prefix) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                file -> isAbandoned(file.getFileName().toString(), prefix))) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static boolean isAbandoned(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return false;
        }
        Matcher writer = WRITER.matcher(name.substring(prefix.length()));
        return writer.matches() && ProcessHandle.of(Long.parseLong(writer.group(1))).isEmpty();
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
