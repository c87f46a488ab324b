package dev.tally.app.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a ledger file across processes, held while a command reads, merges and
 * rewrites it, so that two imports into one ledger run one after the other and neither loses the
 * other's estimates. The lock is a hidden file beside the ledger ({@code .NAME.lock}); a second
 * process waits for it.
 */
public final class LedgerLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private LedgerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of a ledger file, waiting while another process holds it.
     *
     * @param ledger  the ledger file, which need not exist yet
     * @return the lock, to close when the ledger is written
     * @throws IOException if the lock file cannot be created or locked
     */
    public static LedgerLock acquire(Path ledger) throws IOException {
        Path absolute = ledger.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path lockFile = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new LedgerLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
