package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs of {@code dedup} on the bundled sample, compared with the files under {@code
 * src/test/resources/golden/sample-news}. Run with {@code -Ddoppel.golden.update=true} to rewrite
 * them, then review the diff.
 */
class GoldenTest {

  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "sample-news");

  @TempDir Path tmp;

  @Test
  void sampleCorpusOutputsMatchTheGoldenFiles() throws Exception {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", DedupCommandTest.SAMPLE.toString(), "--out", out.toString());
    assertThat(run.exit).as(run.toString()).isZero();
    boolean update = Boolean.getBoolean("doppel.golden.update");
    for (String name : new String[] {"clusters.jsonl", "pairs.jsonl", "boilerplate.jsonl"}) {
      String actual = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
      Path expected = GOLDEN.resolve(name);
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).as(name).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
  }

  /**
   * The summary the README's first screen shows for the sample is the one the command prints: each
   * of its lines but the elided ones ("...") is a line of the real summary.
   */
  @Test
  void theReadmeShowsTheSamplesSummaryAsItIs() throws Exception {
    CliRun run =
        CliRun.of(
            "dedup", DedupCommandTest.SAMPLE.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit).as(run.toString()).isZero();
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("    documents:            12");
    assertThat(from).as("the sample's summary in README.md").isPositive();
    String block = readme.substring(from, readme.indexOf("\n\n", from));
    java.util.List<String> printed = run.out.lines().map(String::strip).toList();
    for (String line : block.lines().map(String::strip).toList()) {
      if (!line.equals("...")) {
        assertThat(printed).as("README line %s", line).contains(line);
      }
    }
  }
}
