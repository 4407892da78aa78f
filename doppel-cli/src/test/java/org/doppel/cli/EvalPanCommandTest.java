package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code doppel eval pan}: what it makes of a broken corpus, and its target. */
class EvalPanCommandTest {

  @TempDir Path tmp;

  private Path corpus;
  private Path xml;

  @BeforeEach
  void aCorpusOfOnePair() throws IOException {
    corpus = tmp.resolve("pan");
    Files.createDirectories(corpus.resolve("susp"));
    Files.createDirectories(corpus.resolve("src"));
    Files.createDirectories(corpus.resolve("02-no-obfuscation"));
    Files.writeString(
        corpus.resolve("susp").resolve("suspicious-document1.txt"),
        "The harbour wall was finished in May.");
    Files.writeString(
        corpus.resolve("src").resolve("source-document2.txt"), "A quite different text here.");
    xml = corpus.resolve("02-no-obfuscation").resolve("suspicious-document1-source-document2.xml");
    feature("this_offset=\"4\" this_length=\"7\" source_offset=\"0\" source_length=\"6\"");
  }

  @Test
  void aNonUtf8AnnotationFileIsBadInputNamingTheFile() throws IOException {
    Files.write(
        xml,
        "<document><feature name=\"plagiarism\" this_offset=\"\u00e9\"/></document>"
            .getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("eval", "pan", corpus.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains(xml + ":1: not UTF-8").doesNotContain("MalformedInput");
  }

  @Test
  void malformedXmlIsBadInputNamingTheFileAndLine() throws IOException {
    Files.writeString(xml, "<document>\n<feature name=\"plagiarism\" this_offset=\"1\"");
    CliRun run = CliRun.of("eval", "pan", corpus.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains(xml + ":2: malformed XML");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "this_offset=\"x\" this_length=\"7\" source_offset=\"0\" source_length=\"6\""
            + "| this_offset | not a whole number: 'x'",
        "this_offset=\"4\" source_offset=\"0\" source_length=\"6\"| this_length | missing",
        "this_offset=\"4\" this_length=\"7\" source_offset=\"-1\" source_length=\"6\""
            + "| source_offset | negative: -1",
        "this_offset=\"4\" this_length=\"99999999\" source_offset=\"0\" source_length=\"6\""
            + "| this_length | ends past the end of susp/suspicious-document1.txt (37 characters)",
        "this_offset=\"4\" this_length=\"7\" source_offset=\"40\" source_length=\"6\""
            + "| source_offset | ends past the end of src/source-document2.txt (28 characters)",
        "this_offset=\"4\" this_length=\"7\" source_offset=\"0\" source_length=\"99999999999\""
            + "| source_length | out of range: 99999999999",
      })
  void aBadOffsetOrLengthIsBadInputNamingTheFileAndAttribute(
      String attributes, String attribute, String problem) throws IOException {
    feature(attributes);
    CliRun run = CliRun.of("eval", "pan", corpus.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains(xml.toString()).contains("field '" + attribute + "'");
    assertThat(run.err).contains(problem);
  }

  @Test
  void aMissingDocumentIsBadInputNamingIt() throws IOException {
    Path src = corpus.resolve("src").resolve("source-document2.txt");
    Files.delete(src);
    CliRun run = CliRun.of("eval", "pan", corpus.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains(src + ": no such file").contains(xml.toString());
  }

  @Test
  void aDocumentThatIsNotUtf8IsBadInputNamingIt() throws IOException {
    Path susp = corpus.resolve("susp").resolve("suspicious-document1.txt");
    Files.write(susp, new byte[] {'a', (byte) 0xe9, 'b'});
    CliRun run = CliRun.of("eval", "pan", corpus.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains(susp + ":1: not UTF-8");
  }

  @Test
  void belowMinPlagdetExitsWithFiveAndSaysWhy() {
    CliRun run = CliRun.of("eval", "pan", corpus.toString(), "--min-plagdet", "0.5");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BELOW_TARGET);
    assertThat(run.out).containsPattern("02-no-obfuscation +1 +0 ");
    assertThat(run.err).contains("doppel: PlagDet 0.0000 is below --min-plagdet 0.5000");
  }

  private void feature(String attributes) throws IOException {
    Files.writeString(
        xml,
        "<document reference=\"suspicious-document1.txt\">\n<feature name=\"plagiarism\" "
            + attributes
            + " />\n</document>\n");
  }
}
