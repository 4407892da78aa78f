package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that outgrows the Java heap ends with one line and {@link ExitCodes#OUT_OF_MEMORY}, leaves
 * earlier outputs as they were and nothing half-written: checked in a JVM of its own with a heap
 * far too small for its input.
 */
class OutOfMemoryTest {

  @TempDir Path tmp;

  @Test
  void theMessageGivesTheHeapAndHowToRaiseIt() {
    assertThat(OutOfMemory.message(48L << 20))
        .startsWith("doppel: out of memory: the Java heap (at most 48 MiB)")
        .contains("DOPPEL_JAVA_OPTS=-Xmx16g")
        .endsWith("\n");
    assertThat(OutOfMemory.message(Long.MAX_VALUE)).contains("(no fixed maximum)");
  }

  @Test
  void aHeapTooSmallEndsTheRunWithOneLineAndExitCodeSix() throws Exception {
    Path input = tmp.resolve("many.jsonl");
    Random random = new Random(20261203);
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      // 20,000 unrelated texts of 60 words (about 8 MB): far more than a 16 MiB heap holds
      for (int d = 0; d < 20_000; d++) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
          text.append(i == 0 ? "" : " ").append("w").append(random.nextInt(20_000));
        }
        w.write("{\"id\":\"d" + d + "\",\"text\":\"" + text + "\"}\n");
      }
    }
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path earlier = Files.writeString(out.resolve("clusters.jsonl"), "from an earlier run\n");
    Path err = tmp.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m",
                "-cp",
                System.getProperty("java.class.path"),
                DoppelCommand.class.getName(),
                "dedup",
                input.toString(),
                "--out",
                out.toString(),
                "--quiet")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    boolean ended = p.waitFor(3, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
    assertThat(ended).as("the run ended; stderr: %s", lines).isTrue();
    assertThat(p.exitValue()).as("exit code; stderr: %s", lines).isEqualTo(ExitCodes.OUT_OF_MEMORY);
    // one line of doppel's, no stack trace (a JVM may add warnings of its own, e.g. on its archive)
    assertThat(lines).filteredOn(l -> l.startsWith("doppel")).hasSize(1);
    assertThat(lines)
        .filteredOn(l -> l.startsWith("doppel"))
        .first()
        .asString()
        .startsWith("doppel: out of memory: the Java heap (at most 16 MiB)");
    assertThat(lines)
        .noneMatch(
            l ->
                l.contains("Exception") || l.contains("OutOfMemoryError") || l.startsWith("\tat "));
    assertThat(Files.readString(earlier)).isEqualTo("from an earlier run\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(earlier);
    }
  }
}
