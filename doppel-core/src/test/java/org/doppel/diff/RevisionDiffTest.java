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

  /** A change's spans hold the whole paragraph: its opening quote and closing full stop too. */
  @Test
  void changeSpansKeepTheParagraphsPunctuation() {
    String a = "\"We will not raise taxes,\" she said.\n\nThe vote is on Monday.";
    String b = "\"We will not raise any taxes,\" she said.\n\nThe vote is on Monday.\n\n(Reuters)";
    List<Change> changes = diff(a, b);
    assertThat(types(changes)).containsExactly("edited", "unchanged", "added");
    assertThat(changes.get(0).a().of(a)).isEqualTo("\"We will not raise taxes,\" she said.");
    assertThat(changes.get(0).b().of(b)).isEqualTo("\"We will not raise any taxes,\" she said.");
    assertThat(changes.get(1).b().of(b)).isEqualTo("The vote is on Monday.");
    assertThat(changes.get(2).b().of(b)).isEqualTo("(Reuters)");
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
  void aParagraphSplitInTwoIsOneSplitAndTheReverseOneMerge() {
    String whole =
        "The council met on Monday to debate the budget. Members argued for hours about schools."
            + " In the end the plan passed by seven votes to four.";
    String a = String.join("\n\n", "The headline of the story", whole, "A closing paragraph.");
    String b =
        String.join(
            "\n\n",
            "The headline of the story",
            "The council met on Monday to debate the budget. Members argued for hours about"
                + " schools.",
            "In the end the plan passed by seven votes to four.",
            "A closing paragraph.");
    List<Change> changes = diff(a, b);
    assertThat(types(changes)).containsExactly("unchanged", "split", "unchanged");
    Change.Split split = (Change.Split) changes.get(1);
    assertThat(split.a()).isEqualTo(ANALYZER.analyze(a).paragraphExtent(1));
    assertThat(split.b().of(b)).startsWith("The council met").endsWith("seven votes to four.");
    assertThat(split.parts()).isEqualTo(2);
    assertThat(split.edits()).isEmpty();
    assertThat(split.moved()).isFalse();
    List<Change> back = diff(b, a);
    assertThat(types(back)).containsExactly("unchanged", "merged", "unchanged");
    assertThat(back.get(1)).isEqualTo(split.mirror());
  }

  @Test
  void aSplitThatAlsoMovedSaysSo() {
    String whole =
        "The council met on Monday to debate the budget. Members argued for hours about schools."
            + " In the end the plan passed by seven votes to four.";
    List<String> rest =
        List.of(
            "Fishermen worry that the gates could narrow the channel for their boats.",
            "The port authority said the gates would leave a forty metre opening.",
            "Work on the barrier is due to start in the spring and take three years.");
    String a = String.join("\n\n", whole, rest.get(0), rest.get(1), rest.get(2));
    String b =
        String.join(
            "\n\n",
            rest.get(0),
            rest.get(1),
            rest.get(2),
            "The council met on Monday to debate the budget. Members argued for hours about"
                + " schools.",
            "In the end the plan passed by seven votes to four.");
    List<Change> changes = diff(a, b);
    assertThat(types(changes)).containsExactly("unchanged", "unchanged", "unchanged", "split");
    assertThat(((Change.Split) changes.get(3)).moved()).isTrue();
    List<Change> back = diff(b, a);
    assertThat(back)
        .filteredOn(c -> c instanceof Change.Merged)
        .singleElement()
        .isEqualTo(changes.get(3).mirror());
  }

  @Test
  void aSplitWithAWordChangedCarriesTheWordEdit() {
    String a = "Rain fell all night across the north of the country. Rivers rose fast by dawn.";
    String b = "Rain fell all night across the north of the region.\n\nRivers rose fast by dawn.";
    List<Change> changes = diff(a, b);
    assertThat(types(changes)).containsExactly("split");
    assertThat(changes.get(0).edits()).hasSize(1);
    WordEdit e = changes.get(0).edits().get(0);
    assertThat(e.kind()).isEqualTo(WordEdit.Kind.REPLACE);
    assertThat(e.a().of(a)).isEqualTo("country");
    assertThat(e.b().of(b)).isEqualTo("region");
  }

  @Test
  void aParagraphCutShortWithANewOneAfterItIsEditedAndAddedNotSplit() {
    String a =
        "The council met on Monday to debate the budget. Members argued for hours about schools.";
    String b =
        "The council met on Monday to debate the budget.\n\n"
            + "Protesters gathered outside the town hall with banners and drums.";
    assertThat(types(diff(a, b))).containsExactly("edited", "added");
  }

  @Test
  void aFactSheetOfShortLinesRunTogetherIsOneMergeEvenWithLinesRepeated() {
    List<String> lines =
        List.of(
            "gdp:",
            "purchasing power parity - $1.805 trillion (1999 est.)",
            "labor force:",
            "na",
            "unemployment rate:",
            "na",
            "agriculture:",
            "25%",
            "industry:",
            "30%");
    String a = "Economy overview of the country.\n\n" + String.join("\n\n", lines);
    String b = "Economy overview of the country.\n\n" + String.join("\n", lines);
    List<Change> changes = diff(a, b);
    assertThat(types(changes)).containsExactly("unchanged", "merged");
    Change.Merged m = (Change.Merged) changes.get(1);
    assertThat(m.parts()).isEqualTo(lines.size());
    assertThat(m.a().of(a)).startsWith("gdp").endsWith("30%");
    assertThat(m.edits()).isEmpty();
    assertCovers(changes, ANALYZER.analyze(a), ANALYZER.analyze(b));
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
      switch (r.nextInt(7)) {
        case 0 -> {}
        case 1 -> b.add(r.nextBoolean() ? t.lightlyEdited(p) : p);
        case 5 -> {
          // split at a sentence end, when there is one
          int cut = p.indexOf(". ");
          if (cut > 0) {
            b.add(p.substring(0, cut + 1));
            b.add(p.substring(cut + 2));
          } else {
            b.add(p);
          }
        }
        case 6 -> {
          // merged with the paragraph before it
          if (b.isEmpty()) {
            b.add(p);
          } else {
            b.set(b.size() - 1, b.get(b.size() - 1) + " " + p);
          }
        }
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

  /**
   * Every paragraph of each text is in exactly one change: a change's side is one paragraph or, for
   * splits and merges, a run of consecutive paragraphs from the first one's start to the last one's
   * end.
   */
  private static void assertCovers(List<Change> changes, AnalyzedText a, AnalyzedText b) {
    List<Span> seenA = new ArrayList<>();
    List<Span> seenB = new ArrayList<>();
    for (Change c : changes) {
      assertThat(c.a() != null || c.b() != null).isTrue();
      if (c.a() != null) {
        seenA.addAll(paragraphsIn(a, c.a(), c instanceof Change.Merged, c));
      }
      if (c.b() != null) {
        seenB.addAll(paragraphsIn(b, c.b(), c instanceof Change.Split, c));
      }
    }
    List<Span> paragraphsA = new ArrayList<>();
    for (int p = 0; p < a.paragraphCount(); p++) {
      paragraphsA.add(a.paragraphExtent(p));
    }
    List<Span> paragraphsB = new ArrayList<>();
    for (int p = 0; p < b.paragraphCount(); p++) {
      paragraphsB.add(b.paragraphExtent(p));
    }
    assertThat(seenA).containsExactlyInAnyOrderElementsOf(paragraphsA);
    assertThat(seenB).containsExactlyInAnyOrderElementsOf(paragraphsB);
  }

  /**
   * The paragraphs that {@code side} of change {@code c} covers, checking that it starts and ends
   * on them and, unless it may be a {@code run}, that it is one.
   */
  private static List<Span> paragraphsIn(AnalyzedText t, Span side, boolean run, Change c) {
    List<Span> in = new ArrayList<>();
    for (int p = 0; p < t.paragraphCount(); p++) {
      Span s = t.paragraphExtent(p);
      if (s.start() >= side.start() && s.end() <= side.end()) {
        in.add(s);
      }
    }
    assertThat(in).as("paragraphs in %s of %s", side, c).isNotEmpty();
    assertThat(in.get(0).start()).isEqualTo(side.start());
    assertThat(in.get(in.size() - 1).end()).isEqualTo(side.end());
    if (!run) {
      assertThat(in).as("%s covers one paragraph", c).hasSize(1);
    }
    return in;
  }
}
