package dev.tally.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary files of {@link AtomicFiles}: gone after a write or a failed write, and cleaned after a crash. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void a_write_replaces_the_target_and_leaves_no_temporary_file() throws IOException {
        Path target = Files.writeString(folder.resolve("ledger.json"), "old");

        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(names()).containsExactly("ledger.json");
    }

    @Test
    void a_new_file_is_readable_by_all_and_a_replaced_file_keeps_its_permissions() throws IOException {
        Path created = folder.resolve("new.json");
        Path replaced = Files.writeString(folder.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(replaced, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFiles.write(created, out -> out.write('x'));
        AtomicFiles.write(replaced, out -> out.write('y'));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
                .isEqualTo("rw-r--r--");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(replaced)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void a_failed_write_leaves_the_target_as_it_was_and_no_temporary_file() throws IOException {
        Path target = Files.writeString(folder.resolve("ledger.json"), "old");

        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertThat(target).hasContent("old");
        assertThat(names()).containsExactly("ledger.json");
    }

    @Test
    void a_write_removes_the_temporary_files_that_dead_processes_left_of_its_target_only() throws Exception {
        long dead = deadProcessId();
        long alive = ProcessHandle.current().pid();
        Path target = folder.resolve("ledger.json");
        Files.writeString(folder.resolve(".ledger.json." + dead + ".123.tmp"), "abandoned");
        Files.writeString(folder.resolve(".ledger.json." + alive + ".456.tmp"), "being written");
        Files.writeString(folder.resolve(".other.json." + dead + ".789.tmp"), "another target's");
        Files.writeString(folder.resolve(".ledger.json.notes.tmp"), "not ours");

        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(names()).containsExactlyInAnyOrder("ledger.json", ".ledger.json." + alive + ".456.tmp",
                ".other.json." + dead + ".789.tmp", ".ledger.json.notes.tmp");
    }

    /** The id of a process that has ended. */
    private static long deadProcessId() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
