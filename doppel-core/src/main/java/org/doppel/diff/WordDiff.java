package org.doppel.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Span;

/** Word edits between two paragraphs, by Myers' diff (java-diff-utils) over folded tokens. */
final class WordDiff {

  private WordDiff() {}

  /**
   * Most words, of both paragraphs together once their common start and end are left aside, that
   * get a word-level diff: Myers' diff takes time in proportion to the words times the edits, so
   * two long paragraphs that differ throughout took minutes; past this the differing middle is one
   * edit.
   */
  static final int MAX_DIFF_WORDS = 4_000;

  static List<WordEdit> edits(AnalyzedText a, int pa, AnalyzedText b, int pb) {
    return edits(
        a,
        a.paragraphFirstToken(pa),
        a.paragraphEndToken(pa),
        b,
        b.paragraphFirstToken(pb),
        b.paragraphEndToken(pb));
  }

  /** Word edits between tokens {@code [fa, ea)} of A and {@code [fb, eb)} of B. */
  static List<WordEdit> edits(AnalyzedText a, int fa, int ea, AnalyzedText b, int fb, int eb) {
    List<WordEdit> out = new ArrayList<>();
    int head = 0;
    while (fa + head < ea && fb + head < eb && a.tokenHash(fa + head) == b.tokenHash(fb + head)) {
      head++;
    }
    int tail = 0;
    while (ea - tail > fa + head
        && eb - tail > fb + head
        && a.tokenHash(ea - tail - 1) == b.tokenHash(eb - tail - 1)) {
      tail++;
    }
    // only the differing middle is diffed: the common start and end are equal either way
    int ma = fa + head;
    int mb = fb + head;
    int na = ea - tail - ma;
    int nb = eb - tail - mb;
    if (na + nb > MAX_DIFF_WORDS) {
      WordEdit.Kind kind =
          na == 0 ? WordEdit.Kind.INSERT : nb == 0 ? WordEdit.Kind.DELETE : WordEdit.Kind.REPLACE;
      out.add(new WordEdit(kind, span(a, ma, ma + na, ea), span(b, mb, mb + nb, eb)));
      return out;
    }
    List<Long> ta = tokens(a, ma, ma + na);
    List<Long> tb = tokens(b, mb, mb + nb);
    for (AbstractDelta<Long> d : DiffUtils.diff(ta, tb).getDeltas()) {
      if (d.getType() == DeltaType.EQUAL) {
        continue;
      }
      int sa = ma + d.getSource().getPosition();
      int sb = mb + d.getTarget().getPosition();
      Span spanA = span(a, sa, sa + d.getSource().size(), ea);
      Span spanB = span(b, sb, sb + d.getTarget().size(), eb);
      WordEdit.Kind kind =
          d.getType() == DeltaType.INSERT
              ? WordEdit.Kind.INSERT
              : d.getType() == DeltaType.DELETE ? WordEdit.Kind.DELETE : WordEdit.Kind.REPLACE;
      out.add(new WordEdit(kind, spanA, spanB));
    }
    return out;
  }

  private static List<Long> tokens(AnalyzedText t, int from, int to) {
    List<Long> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(t.tokenHash(i));
    }
    return out;
  }

  /**
   * Span of tokens {@code [from, to)}; an empty range sits where token {@code from} starts (after
   * the last token of the range compared, {@code rangeEnd}, when there is none).
   */
  private static Span span(AnalyzedText t, int from, int to, int rangeEnd) {
    if (from < to) {
      return t.tokenRangeSpan(from, to);
    }
    int at = from < rangeEnd ? t.tokenStart(from) : t.tokenEnd(rangeEnd - 1);
    return new Span(at, at);
  }
}
