package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.doppel.cli.eval.ShingleMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code doppel eval extraction}: the benchmark's metric, the command, and the measured level. */
class EvalExtractionCommandTest {

  /** The article text's F1 on the shared benchmark (measured 0.961; readability.js 0.947). */
  static final double MIN_F1 = 0.95;

  @TempDir Path tmp;

  @Test
  void shinglesAreCountedAsTheBenchmarkCountsThem() {
    ShingleMatch m = ShingleMatch.of("a b c d e", "a b c d x");
    assertThat(m.tp()).isCloseTo(1 / 3.0, within(1e-12)); // "a b c d"
    assertThat(m.fp()).isCloseTo(1 / 3.0, within(1e-12)); // "b c d x"
    assertThat(m.fn()).isCloseTo(1 / 3.0, within(1e-12)); // "b c d e"
    assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
    // repeats count as often as they occur; a text under four tokens is one shingle
    assertThat(ShingleMatch.of("x y x y x y", "x y x y").tp()).isCloseTo(1 / 3.0, within(1e-12));
    ShingleMatch cased = ShingleMatch.of("Short one", "short one"); // case counts
    assertThat(cased.tp()).isZero();
    assertThat(cased.fn()).isEqualTo(0.5);
    assertThat(ShingleMatch.of("", "").precision()).isEqualTo(1.0);
    ShingleMatch.Summary s =
        ShingleMatch.summarise(
            List.of(ShingleMatch.of("a b c d", "a b c d"), ShingleMatch.of("a b c d", "")));
    assertThat(s.precision()).isEqualTo(1.0); // the empty extraction has no precision to average
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void aSmallBenchmarkFolderIsScoredForArticleAndPage() throws IOException {
    Path dir = tmp.resolve("bench");
    Files.createDirectories(dir.resolve("html"));
    String body =
        "The council approved the flood barrier on Tuesday after a long debate, ending two years"
            + " of argument over its cost and its route along the harbour front.";
    gzip(
        dir.resolve("html").resolve("p1.html.gz"),
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
            + "<div class=\"story\"><p>"
            + body
            + "</p></div><footer>All rights reserved by the publisher of this site.</footer>"
            + "</body></html>");
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://example.org/p1\"}}",
        StandardCharsets.UTF_8);
    Path details = tmp.resolve("details.tsv");
    CliRun run =
        CliRun.of(
            "eval", "extraction", dir.toString(), "--details", details.toString(), "--min-f1", "1");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out)
        .containsPattern("article \\(--html-text article\\) +1 +1\\.000 +1\\.000 +1\\.000")
        .containsPattern("whole page \\(--html-text page\\) +1 +0\\.[0-9]{3} +1\\.000");
    assertThat(Files.readString(details))
        .isEqualTo("p1\t1.0000\t0.0000\t0.0000\thttps://example.org/p1\n");
  }

  @Test
  void aMissingPageOrTruthIsBadInputNamingTheFile() throws IOException {
    Path dir = tmp.resolve("bench");
    Files.createDirectories(dir.resolve("html"));
    CliRun none = CliRun.of("eval", "extraction", dir.toString());
    assertThat(none.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(none.err).contains("ground-truth.json");
    Files.writeString(dir.resolve("ground-truth.json"), "{\"p9\": {\"articleBody\": \"x\"}}");
    CliRun missing = CliRun.of("eval", "extraction", dir.toString());
    assertThat(missing.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err).contains("p9.html.gz").contains("no such file");
    Files.writeString(dir.resolve("ground-truth.json"), "{\"p9\": {\"url\": \"x\"}}");
    CliRun noBody = CliRun.of("eval", "extraction", dir.toString());
    assertThat(noBody.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noBody.err).contains("p9.articleBody").contains("missing");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "null",
        "[]",
        "[{\"articleBody\": \"x\"}]",
        "\"x\"",
        "{}",
        "{} x",
        "{\"p1\": {\"articleBody\": \"x\"}} {"
      })
  void groundTruthThatIsNotOneObjectOfPagesIsBadInputNamingTheFile(String truth)
      throws IOException {
    Path dir = tmp.resolve("bench");
    Files.createDirectories(dir.resolve("html"));
    gzip(dir.resolve("html").resolve("p1.html.gz"), "<html><body><p>x</p></body></html>");
    Files.writeString(dir.resolve("ground-truth.json"), truth, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "extraction", dir.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith("doppel: bad input: " + dir.resolve("ground-truth.json"))
        .containsAnyOf("expected a JSON object of pages", "no pages", "text after the JSON object");
  }

  @Test
  void aPageWithoutAStringBodyIsBadInputNamingItsKey() throws IOException {
    Path dir = tmp.resolve("bench");
    Files.createDirectories(dir.resolve("html"));
    Path truth = dir.resolve("ground-truth.json");
    Files.writeString(truth, "{\"p7\": {\"articleBody\": 3}}");
    CliRun run = CliRun.of("eval", "extraction", dir.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("field 'p7.articleBody': not a string but a number");
    Files.writeString(truth, "{\"p7\": {\"articleBody\": null}}");
    run = CliRun.of("eval", "extraction", dir.toString());
    assertThat(run.err).contains("field 'p7.articleBody': missing");
    Files.writeString(truth, "{\"p7\": [\"x\"]}");
    run = CliRun.of("eval", "extraction", dir.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("field 'p7': not an object of page fields but an array");
  }

  @Test
  void belowMinF1ExitsWithFiveAndSaysWhy() throws IOException {
    Path dir = tmp.resolve("bench");
    Files.createDirectories(dir.resolve("html"));
    gzip(
        dir.resolve("html").resolve("p1.html.gz"),
        "<html><body><p>Nothing here is the article the ground truth names at all.</p></body></html>");
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"The council approved the flood barrier on Tuesday.\"}}");
    CliRun run = CliRun.of("eval", "extraction", dir.toString(), "--min-f1", "0.5");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BELOW_TARGET);
    assertThat(run.err).containsPattern("doppel: article F1 0\\.\\d{4} is below --min-f1 0\\.5000");
  }

  @Test
  void theSharedBenchmarkStaysAtItsMeasuredLevel() {
    Path set = QualityTest.sharedData().resolve("article-extraction-benchmark");
    assumeTrue(
        Files.isRegularFile(set.resolve("ground-truth.json")),
        "skipped: " + set + " is missing (clone the project beside ../shared to run it)");
    CliRun run =
        CliRun.of("eval", "extraction", set.toString(), "--min-f1", String.valueOf(MIN_F1));
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains(" 181 ");
  }

  private static void gzip(Path file, String text) throws IOException {
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
