package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doppel compare} on one-sentence texts: headlines and briefs share their sentence. */
class CompareShortTextsTest {

  private static final String SENTENCE =
      "The city council approved the new flood barrier on Tuesday after a long and heated debate"
          + " about costs, residents, fishermen, insurers and the port authority of Harbor City";

  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static JsonNode json(Path a, Path b) throws IOException {
    CliRun r = CliRun.of("compare", a.toString(), b.toString(), "--format", "json");
    assertThat(r.exit).as(r.toString()).isZero();
    return new ObjectMapper().readTree(r.out);
  }

  @Test
  void identicalOneSentenceTextsShareOnePassageCoveringTheSentence() throws IOException {
    String text = SENTENCE + ".\n";
    Path a = write("a.txt", text);
    JsonNode n = json(a, write("b.txt", text));
    assertThat(n.get("relation").asText()).isEqualTo("identical");
    assertThat(n.get("passages")).hasSize(1);
    JsonNode p = n.get("passages").get(0);
    assertThat(text.substring(p.get("a_start").asInt(), p.get("a_end").asInt()))
        .isEqualTo(SENTENCE + ".");
    assertThat(text.substring(p.get("b_start").asInt(), p.get("b_end").asInt()))
        .isEqualTo(SENTENCE + ".");
  }

  @Test
  void aNearDuplicateSentenceSharesOnePassageInTheTextReport() throws IOException {
    String textA = SENTENCE + ".\n";
    String textB = SENTENCE + " yesterday.\n";
    Path a = write("l1.txt", textA);
    Path b = write("l2.txt", textB);
    CliRun r = CliRun.of("compare", a.toString(), b.toString(), "--color", "never");
    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(r.out).contains("relation: near-duplicate").contains("Shared passages: 1");
    JsonNode p = json(a, b).get("passages").get(0);
    assertThat(textA.substring(p.get("a_start").asInt(), p.get("a_end").asInt()))
        .isEqualTo(SENTENCE + ".");
    assertThat(textB.substring(p.get("b_start").asInt(), p.get("b_end").asInt()))
        .isEqualTo(SENTENCE);
  }

  @Test
  void aSentenceRepeatedTwiceIsOnePassageCoveringBothCopies() throws IOException {
    String text = SENTENCE + ". " + SENTENCE + ".\n";
    Path a = write("a.txt", text);
    JsonNode passages = json(a, write("b.txt", text)).get("passages");
    assertThat(passages).hasSize(1);
    assertThat(passages.get(0).get("a_start").asInt()).isZero();
    assertThat(passages.get(0).get("a_end").asInt()).isEqualTo(text.stripTrailing().length());
  }

  @Test
  void twoUnrelatedHeadlinesShareNoPassage() throws IOException {
    Path a = write("a.txt", SENTENCE + ".\n");
    Path b = write("b.txt", "Stocks fell sharply in early trading on Wall Street.\n");
    assertThat(json(a, b).get("passages")).isEmpty();
  }
}
