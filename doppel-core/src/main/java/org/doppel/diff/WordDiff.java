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

  static List<WordEdit> edits(AnalyzedText a, int pa, AnalyzedText b, int pb) {
    int fa = a.paragraphFirstToken(pa);
    int fb = b.paragraphFirstToken(pb);
    List<Long> ta = tokens(a, fa, a.paragraphEndToken(pa));
    List<Long> tb = tokens(b, fb, b.paragraphEndToken(pb));
    List<WordEdit> out = new ArrayList<>();
    for (AbstractDelta<Long> d : DiffUtils.diff(ta, tb).getDeltas()) {
      if (d.getType() == DeltaType.EQUAL) {
        continue;
      }
      int sa = fa + d.getSource().getPosition();
      int sb = fb + d.getTarget().getPosition();
      Span spanA = span(a, sa, sa + d.getSource().size(), a.paragraphEndToken(pa));
      Span spanB = span(b, sb, sb + d.getTarget().size(), b.paragraphEndToken(pb));
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

  /** Span of tokens {@code [from, to)}; an empty range sits where token {@code from} starts. */
  private static Span span(AnalyzedText t, int from, int to, int paragraphEnd) {
    if (from < to) {
      return t.tokenRangeSpan(from, to);
    }
    int at = from < paragraphEnd ? t.tokenStart(from) : t.tokenEnd(paragraphEnd - 1);
    return new Span(at, at);
  }
}
