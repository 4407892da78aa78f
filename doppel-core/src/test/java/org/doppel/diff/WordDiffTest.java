package org.doppel.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.doppel.text.AnalyzedText;
import org.doppel.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word edits stay exact where a paragraph's change is small, bounded where it is not, and the same
 * whichever paragraph comes first.
 */
class WordDiffTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void swappingTheParagraphsMirrorsTheEdits(long seed) {
    // three words make many equally short edit scripts, and Myers' diff picks one by which text
    // is its source
    SplittableRandom random = new SplittableRandom(seed);
    String[] vocabulary = {"tide", "gull", "harbor"};
    StringBuilder x = new StringBuilder("start");
    StringBuilder y = new StringBuilder("start");
    for (int i = random.nextInt(2, 12); i > 0; i--) {
      x.append(' ').append(vocabulary[random.nextInt(3)]);
    }
    for (int i = random.nextInt(2, 12); i > 0; i--) {
      y.append(' ').append(vocabulary[random.nextInt(3)]);
    }
    AnalyzedText a = TextAnalyzer.defaults().analyze(x + " end");
    AnalyzedText b = TextAnalyzer.defaults().analyze(y + " end");
    List<WordEdit> ab = WordDiff.edits(a, 0, b, 0);
    List<WordEdit> ba = WordDiff.edits(b, 0, a, 0);
    assertThat(ba.stream().map(WordEdit::mirror).toList()).as("%s / %s", x, y).isEqualTo(ab);
  }

  private static String words(SplittableRandom random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append("w").append(random.nextInt(5_000));
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void oneWordChangedInALongParagraphIsOneEditOfThatWord(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String before = words(random, 3_000);
    String after = words(random, 3_000);
    AnalyzedText a = TextAnalyzer.defaults().analyze(before + " changed " + after);
    AnalyzedText b = TextAnalyzer.defaults().analyze(before + " edited " + after);
    List<WordEdit> edits = WordDiff.edits(a, 0, b, 0);
    assertThat(edits).hasSize(1);
    WordEdit e = edits.get(0);
    assertThat(e.kind()).isEqualTo(WordEdit.Kind.REPLACE);
    assertThat(a.text().substring(e.a().start(), e.a().end())).isEqualTo("changed");
    assertThat(b.text().substring(e.b().start(), e.b().end())).isEqualTo("edited");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void twoLongParagraphsThatDifferThroughoutAreOneReplacementOfTheirDifferingMiddle(long seed) {
    // 2 x 3,000 unrelated words: a word-level diff of them took seconds, of longer ones minutes
    SplittableRandom random = new SplittableRandom(seed);
    AnalyzedText a = TextAnalyzer.defaults().analyze("same start " + words(random, 3_000) + " end");
    AnalyzedText b = TextAnalyzer.defaults().analyze("same start " + words(random, 3_000) + " end");
    List<WordEdit> edits = WordDiff.edits(a, 0, b, 0);
    assertThat(edits).hasSize(1);
    WordEdit e = edits.get(0);
    assertThat(e.kind()).isEqualTo(WordEdit.Kind.REPLACE);
    assertThat(a.text().substring(0, e.a().start())).isEqualTo("same start ");
    assertThat(a.text().substring(e.a().end())).isEqualTo(" end");
    assertThat(b.text().substring(0, e.b().start())).isEqualTo("same start ");
    assertThat(b.text().substring(e.b().end())).isEqualTo(" end");
  }

  @ParameterizedTest
  @ValueSource(ints = {2_500, 50_000})
  void aFewEditsFarApartInAVeryLongParagraphAreEachTheirOwnEdit(int length) {
    // the differing middle runs from the first edit to the last: most of the paragraph; it was one
    // replacement past 4,000 words, however few the edits
    SplittableRandom random = new SplittableRandom(length);
    String[] before = words(random, length).split(" ");
    String[] after = before.clone();
    int edits = 9;
    for (int k = 0; k < edits; k++) {
      int at = (int) ((k + 0.5) * length / edits);
      after[at] = "edited" + k;
    }
    AnalyzedText a = TextAnalyzer.defaults().analyze(String.join(" ", before));
    AnalyzedText b = TextAnalyzer.defaults().analyze(String.join(" ", after));
    List<WordEdit> found = WordDiff.edits(a, 0, b, 0);
    assertThat(found).hasSize(edits);
    for (int k = 0; k < edits; k++) {
      WordEdit e = found.get(k);
      assertThat(e.kind()).isEqualTo(WordEdit.Kind.REPLACE);
      assertThat(e.b().of(b.text())).isEqualTo("edited" + k);
    }
    assertThat(WordDiff.edits(b, 0, a, 0).stream().map(WordEdit::mirror).toList()).isEqualTo(found);
  }
}
