package dev.tally.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FlushingFirstTest {

    @Test
    void a_message_appears_after_the_buffered_output_printed_before_it() {
        StringWriter console = new StringWriter();
        PrintWriter out = new PrintWriter(new BufferedWriter(console, 1 << 16));
        PrintWriter err = new PrintWriter(new FlushingFirst(out, console), true);

        out.println("reconciled figures");
        err.println("tally: warning: something");
        out.println("more figures");

        assertThat(console.toString()).isEqualTo(String.format("reconciled figures%ntally: warning: something%n"));
        out.flush();
        assertThat(console.toString()).endsWith(String.format("more figures%n"));
    }
}
