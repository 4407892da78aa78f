package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run ended from outside (Ctrl-C, {@code kill}) leaves no temporary file behind: checked on the
 * copy of standard input that {@code dedup --unique -} keeps, in a JVM of its own stopped with
 * SIGTERM while it still reads.
 */
class InterruptTest {

  @TempDir Path tmp;

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.collect(Collectors.toList());
    }
  }

  @Test
  void aRunStoppedWhileReadingStandardInputDeletesItsCopyOfIt() throws Exception {
    Path temps = Files.createDirectories(tmp.resolve("java-tmp"));
    Path out = tmp.resolve("out");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temps,
                "-cp",
                System.getProperty("java.class.path"),
                DoppelCommand.class.getName(),
                "dedup",
                "-",
                "--out",
                out.toString(),
                "--unique",
                tmp.resolve("unique.jsonl").toString(),
                "--quiet")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      OutputStream stdin = p.getOutputStream();
      stdin.write(
          "{\"id\":\"a\",\"text\":\"the first document\"}\n".getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      // standard input stays open: the run copies it and waits for more
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (list(temps).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(list(temps)).as("the copy of standard input").hasSize(1);
      assertThat(list(temps).get(0).getFileName().toString()).startsWith("doppel-stdin-");
      p.destroy(); // SIGTERM: the JVM runs its shutdown hooks
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).as("the run ended").isTrue();
    } finally {
      p.destroyForcibly().waitFor();
    }
    assertThat(list(temps)).as("temporary files left").isEmpty();
    assertThat(out).doesNotExist();
    assertThat(tmp.resolve("unique.jsonl")).doesNotExist();
  }
}
