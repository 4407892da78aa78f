package org.doppel.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.doppel.TestTexts;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Span;
import org.doppel.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RevisionDiffTest {

  private static final TextAnalyzer ANALYZER = TextAnalyzer.defaults();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  private static List<Change> diff(String a, String b) {
    return RevisionDiff.defaults().diff(ANALYZER.analyze(a), ANALYZER.analyze(b), h -> false);
  }

  private static List<String> types(List<Change> changes) {
    return changes.stream().map(Change::type).toList();
  }

  @Test
  void whitespaceAndQuoteStyleOnlyChangesAreUnchanged() {
    String a = "He said \"yes\" to the plan.\n\nThe vote is on Monday.\n";
    String b = "He  said \u201Cyes\u201D to the\nplan.\r\n\r\nThe vote is on Monday.";
    assertThat(types(diff(a, b))).containsExactly("unchanged", "unchanged");
  }

  @Test
  void classifiesEditedMovedAddedRemovedRepeatAndBoilerplate() {
    String a =
        String.join(
            "\n\n",
            "Title of the story",
            "First paragraph with several words in it today.",
            "Caption of a photo here",
            "Advertisement",
            "Second paragraph talks about other things.",
            "Third paragraph will move to the top later on.",
            "Caption of a photo here",
            "Old ending.");
    String b =
        String.join(
            "\n\n",
            "Third paragraph will move to the top later on.",
            "Title of the story",
            "First paragraph with several new words in it today.",
            "Second paragraph talks about other things.",
            "Brand new closing paragraph here.");
    List<Change> changes = diff(a, b);
    assertThat(types(changes))
        .containsExactlyInAnyOrder(
            "moved",
            "unchanged",
            "edited",
            "removed",
            "boilerplate",
            "unchanged",
            "repeat",
            "removed",
            "added");
    Change edited = changes.stream().filter(c -> c.type().equals("edited")).findFirst().get();
    assertThat(edited.edits()).hasSize(1);
    WordEdit e = edited.edits().get(0);
    assertThat(e.kind()).isEqualTo(WordEdit.Kind.INSERT);
    assertThat(e.b().of(b)).isEqualTo("new");
    assertThat(changes.get(0).type()).isEqualTo("moved");
  }

  @Test
  void knownBoilerplateHashesAreMarked() {
    String a = "Subscribers get more.\n\nReal news paragraph one is here.";
    AnalyzedText ta = ANALYZER.analyze(a);
    long hash = ta.paragraphHash(0);
    List<Change> changes =
        RevisionDiff.of(0.5, false).diff(ta, ANALYZER.analyze(a), h -> h == hash);
    assertThat(types(changes)).containsExactly("boilerplate", "unchanged");
    assertThat(changes.get(0).a()).isNotNull();
    assertThat(changes.get(0).b()).isNotNull();
  }

  @Test
  void emptyTexts() {
    assertThat(diff("", "")).isEmpty();
    assertThat(types(diff("", "Only in B."))).containsExactly("added");
    assertThat(types(diff("Only in A.", "  \n"))).containsExactly("removed");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void changesCoverEveryParagraphOnceAndMirror(long seed) {
    TestTexts t = new TestTexts(seed);
    SplittableRandom r = t.random();
    List<String> a = new ArrayList<>();
    for (int i = 0; i < 2 + r.nextInt(10); i++) {
      a.add(r.nextInt(8) == 0 && !a.isEmpty() ? a.get(r.nextInt(a.size())) : t.paragraph());
    }
    List<String> b = new ArrayList<>();
    for (String p : a) {
      switch (r.nextInt(5)) {
        case 0 -> {}
        case 1 -> b.add(t.lightlyEdited(p));
        case 2 -> {
          b.add(p);
          b.add(t.paragraph());
        }
        default -> b.add(p);
      }
    }
    if (r.nextInt(3) == 0) {
      Collections.shuffle(b, new Random(seed));
    }
    AnalyzedText ta = ANALYZER.analyze(TestTexts.join(a));
    AnalyzedText tb = ANALYZER.analyze(TestTexts.join(b));
    List<Change> ab = RevisionDiff.defaults().diff(ta, tb, h -> false);
    assertCovers(ab, ta, tb);
    List<Change> ba = RevisionDiff.defaults().diff(tb, ta, h -> false);
    assertThat(ba.stream().map(Change::mirror).toList()).containsExactlyInAnyOrderElementsOf(ab);
  }

  private static void assertCovers(List<Change> changes, AnalyzedText a, AnalyzedText b) {
    List<Span> seenA = new ArrayList<>();
    List<Span> seenB = new ArrayList<>();
    for (Change c : changes) {
      assertThat(c.a() != null || c.b() != null).isTrue();
      if (c.a() != null) {
        seenA.add(c.a());
      }
      if (c.b() != null) {
        seenB.add(c.b());
      }
    }
    List<Span> paragraphsA = new ArrayList<>();
    for (int p = 0; p < a.paragraphCount(); p++) {
      paragraphsA.add(a.paragraphSpan(p));
    }
    List<Span> paragraphsB = new ArrayList<>();
    for (int p = 0; p < b.paragraphCount(); p++) {
      paragraphsB.add(b.paragraphSpan(p));
    }
    assertThat(seenA).containsExactlyInAnyOrderElementsOf(paragraphsA);
    assertThat(seenB).containsExactlyInAnyOrderElementsOf(paragraphsB);
  }
}
