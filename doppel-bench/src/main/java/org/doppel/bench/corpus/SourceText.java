package org.doppel.bench.corpus;

import java.util.List;

/**
 * One real article the generator builds on.
 *
 * @param source the data set it came from (for example {@code reuters21578})
 * @param topic its topic or category within the source, used to pick same-topic material
 * @param paragraphs its paragraphs, each one line of plain text
 */
public record SourceText(String source, String topic, List<String> paragraphs) {

  /** Copies the paragraph list. */
  public SourceText {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The text as a document: paragraphs separated by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
