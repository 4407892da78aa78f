package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doppel eval pairs}: document-level reuse detection scored on a small PAN-like corpus. */
class EvalPairsCommandTest {

  @TempDir Path tmp;

  private Path corpus;

  /**
   * Two labelled pairs: suspicious document 1 quotes 40 words of source 2 inside 3,000 words of its
   * own (verbatim reuse, Jaccard about 0.01), suspicious 3 and source 4 share nothing.
   */
  @BeforeEach
  void aCorpus() throws IOException {
    corpus = tmp.resolve("pan");
    SplittableRandom r = new SplittableRandom(5);
    String quote = DedupCommandTest.words(r, 40);
    write("src/source-document2.txt", DedupCommandTest.words(r, 1500), quote, words(r, 1500));
    write("susp/suspicious-document1.txt", words(r, 2000) + " " + quote, words(r, 1000));
    write("src/source-document4.txt", words(r, 800));
    write("susp/suspicious-document3.txt", words(r, 800));
    for (int k = 0; k < 6; k++) {
      write("src/source-document1" + k + ".txt", words(r, 500));
    }
    write(
        "02-no-obfuscation/suspicious-document1-source-document2.xml",
        "<document reference=\"suspicious-document1.txt\">\n<feature name=\"plagiarism\""
            + " this_offset=\"0\" this_length=\"5\" source_offset=\"0\" source_length=\"5\" />\n"
            + "</document>");
    write(
        "01-no-plagiarism/suspicious-document3-source-document4.xml",
        "<document reference=\"suspicious-document3.txt\">\n</document>");
  }

  private static String words(SplittableRandom r, int n) {
    return DedupCommandTest.words(r, n);
  }

  private void write(String name, String... paragraphs) throws IOException {
    Path f = corpus.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, String.join("\n\n", paragraphs) + "\n");
  }

  private CliRun dedupAndScore(String... options) {
    Path out = tmp.resolve("out" + options.length);
    String[] args = new String[6 + options.length];
    args[0] = "dedup";
    args[1] = corpus.resolve("src").toString();
    args[2] = corpus.resolve("susp").toString();
    args[3] = "--out";
    args[4] = out.toString();
    args[5] = "--quiet";
    System.arraycopy(options, 0, args, 6, options.length);
    CliRun dedup = CliRun.of(args);
    assertThat(dedup.exit).as(dedup.toString()).isZero();
    return CliRun.of("eval", "pairs", out.resolve("pairs.jsonl").toString(), corpus.toString());
  }

  @Test
  void theQuoteIsListedOnlyWithThePassageSearch() {
    CliRun without = dedupAndScore();
    assertThat(without.exit).as(without.toString()).isZero();
    assertThat(without.out)
        .containsPattern("01-no-plagiarism +1 +0 +0.000")
        .containsPattern("02-no-obfuscation +1 +0 +0.000");
    CliRun with = dedupAndScore("--passage-window", "8");
    assertThat(with.exit).as(with.toString()).isZero();
    assertThat(with.out)
        .containsPattern("01-no-plagiarism +1 +0 +0.000")
        .containsPattern("02-no-obfuscation +1 +1 +1.000")
        .contains("pairs.jsonl: 1");
  }

  @Test
  void aMalformedPairsLineIsBadInputNamingFileAndLine() throws IOException {
    Path pairs = tmp.resolve("pairs.jsonl");
    Files.writeString(pairs, "{\"a\":\"x\",\"b\":\"y\"}\n{\"a\":\"x\"\n");
    CliRun run = CliRun.of("eval", "pairs", pairs.toString(), corpus.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains(pairs + ":2: malformed JSON");
    Files.writeString(pairs, "{\"a\":\"x\"}\n");
    run = CliRun.of("eval", "pairs", pairs.toString(), corpus.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains(pairs + ":1: field 'b': missing");
  }
}
