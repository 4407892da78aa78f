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

  /**
   * A corpus laid out as the Clough-Stevenson short answers: two sources, a cut answer (copied
   * whole, in windows-1252), a heavy one (a sentence of the source inside text of its own, which
   * the passage search finds) and a non one; the labels as file_information.csv has them.
   */
  @Test
  void theShortAnswersCorpusIsScoredPerCategory() throws IOException {
    Path answers = tmp.resolve("answers");
    Files.createDirectories(answers);
    SplittableRandom r = new SplittableRandom(11);
    String sourceA = words(r, 200);
    String sentence = sourceA.substring(0, sourceA.indexOf(' ', 200));
    Files.writeString(answers.resolve("orig_taska.txt"), sourceA + "\n");
    Files.writeString(answers.resolve("orig_taskb.txt"), words(r, 200) + "\n");
    Files.write(
        answers.resolve("g0pA_taska.txt"),
        (sourceA + " \u2019\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Files.writeString(
        answers.resolve("g0pB_taska.txt"), words(r, 150) + " " + sentence + " " + words(r, 60));
    Files.writeString(answers.resolve("g0pC_taskb.txt"), words(r, 200) + "\n");
    Files.writeString(
        answers.resolve("file_information.csv"),
        """
        File,Task,Category
        g0pA_taska.txt,a,cut
        g0pB_taska.txt,a,heavy
        g0pC_taskb.txt,b,non
        orig_taska.txt,a,orig
        orig_taskb.txt,b,orig
        """);
    Path out = tmp.resolve("out-answers");
    CliRun dedup =
        CliRun.of(
            "dedup",
            answers.toString(),
            "--out",
            out.toString(),
            "--fallback-charset",
            "windows-1252",
            "--passage-window",
            "8",
            "--quiet");
    assertThat(dedup.exit).as(dedup.toString()).isZero();
    CliRun run =
        CliRun.of("eval", "pairs", out.resolve("pairs.jsonl").toString(), answers.toString());
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out)
        .containsPattern("cut +1 +1 +1.000")
        .containsPattern("heavy +1 +1 +1.000")
        .containsPattern("non +1 +0 +0.000")
        .doesNotContain("orig");

    Files.writeString(
        answers.resolve("file_information.csv"),
        "File,Task,Category\ng0pA_taska.txt,a,cut\ng0pB_taska.txt,a,copied\n");
    run = CliRun.of("eval", "pairs", out.resolve("pairs.jsonl").toString(), answers.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("file_information.csv:3: field 'Category'").contains("copied");
    Files.writeString(
        answers.resolve("file_information.csv"), "File,Task,Category\ng9pZ_taska.txt,a,cut\n");
    run = CliRun.of("eval", "pairs", out.resolve("pairs.jsonl").toString(), answers.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("file_information.csv:2: 'g9pZ_taska.txt' is not a file");
  }
}
