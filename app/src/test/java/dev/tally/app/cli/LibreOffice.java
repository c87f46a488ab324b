package dev.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** LibreOffice run headless by the tests, with a profile of its own in the test's folder. */
final class LibreOffice {

    private LibreOffice() {
    }

    /**
     * Converts a file with {@code soffice --convert-to}, as a person who opens and saves it would.
     *
     * @param folder  the test's folder, for the profile, the log and the output
     * @param filter  the target, such as {@code csv} or {@code xlsx}
     * @param input  the file to convert
     * @return the folder that holds the converted file, named as the input with the filter's extension
     */
    static Path convert(Path folder, String filter, Path input) throws IOException, InterruptedException {
        String soffice = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(p -> Path.of(p, "soffice")).filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseThrow(() -> new AssertionError("soffice is not on the PATH; install LibreOffice with "
                        + "`apt-get install -y libreoffice-calc-nogui` (.ci/run does)"));
        Path out = Files.createDirectories(folder.resolve("libreoffice-" + filter));
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", filter, "--outdir", out.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertThat(process.isAlive()).as("LibreOffice finished").isFalse();
        return out;
    }
}
