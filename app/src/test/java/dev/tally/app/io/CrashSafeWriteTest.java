package dev.tally.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real CLI while it writes a large ledger, again and again, and checks that the target is always either
 * the complete old file or the complete new one, and that the next run leaves no temporary file behind. Half the
 * kills come at a random moment of the whole run; the other half at a random moment after the temporary file
 * appears, so that writes are caught half done however short a share of the run writing takes.
 */
class CrashSafeWriteTest {

    /** Large enough that writing the target takes a good share of a run. */
    private static final int ESTIMATES = 30_000;
    private static final int KILLS = 50;
    /** Within how long after the temporary file appears the kills aimed at the write come; writing takes longer. */
    private static final long WRITE_MILLIS = 40;

    @TempDir
    static Path folder;

    @BeforeAll
    static void write_the_ledgers() throws IOException {
        LedgerFixtures.jsonLines(folder.resolve("big.jsonl"), "new", ESTIMATES);
        LedgerFixtures.jsonLines(folder.resolve("small.jsonl"), "old", 100);
    }

    @Test
    void a_convert_killed_at_any_moment_leaves_the_whole_old_or_the_whole_new_file() throws Exception {
        Path target = folder.resolve("out.json");
        long started = System.nanoTime();
        assertThat(TallyProcess.run(folder, "new", "convert", "big.jsonl", "out.json")).isZero();
        long wholeRunMillis = (System.nanoTime() - started) / 1_000_000;
        byte[] newFile = Files.readAllBytes(target);
        assertThat(TallyProcess.run(folder, "old", "convert", "small.jsonl", "out.json")).isZero();
        byte[] oldFile = Files.readAllBytes(target);

        Random random = new Random(wholeRunMillis);
        int killedWhileWriting = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Files.write(target, oldFile);
            TallyProcess run = TallyProcess.start(folder, "killed", "512m", "convert", "big.jsonl", "out.json");
            if (kill % 2 == 0) {
                awaitTemporaryFile(target, run);
            }
            Thread.sleep(random.nextLong(kill % 2 == 0 ? WRITE_MILLIS : wholeRunMillis));
            run.kill();

            byte[] found = Files.readAllBytes(target);
            assertThat(Arrays.equals(found, oldFile) || Arrays.equals(found, newFile))
                    .as("after kill %d of %d the target is the whole old file or the whole new one, not %d bytes",
                            kill, KILLS, found.length)
                    .isTrue();
            killedWhileWriting += temporaryFiles(target).isEmpty() ? 0 : 1;
        }

        assertThat(killedWhileWriting).as("kills that caught the new file half written").isPositive();
        assertThat(TallyProcess.run(folder, "after", "convert", "big.jsonl", "out.json")).isZero();
        assertThat(Files.readAllBytes(target)).isEqualTo(newFile);
        assertThat(temporaryFiles(target)).isEmpty();
    }

    /** Waits until the run has begun its temporary file, or has ended. */
    private static void awaitTemporaryFile(Path target, TallyProcess run) throws IOException, InterruptedException {
        while (temporaryFiles(target).isEmpty() && run.isAlive()) {
            Thread.sleep(1);
        }
    }

    private static List<Path> temporaryFiles(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> files = Files.list(target.getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                    && file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
