package org.doppel.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Span;

/**
 * Word edits between two paragraphs, by Myers' diff (java-diff-utils) over folded tokens, the same
 * (mirrored) with the paragraphs swapped.
 */
final class WordDiff {

  private WordDiff() {}

  /**
   * Myers' diff takes time in proportion to the words compared times the edits it finds (two long
   * paragraphs that differ throughout took minutes): a diff stops, and the differing middle becomes
   * one edit, once it would need more than this many words times edits. The middle's words (both
   * paragraphs together, their common start and end left aside) times the edits found: 4,000 words
   * that differ throughout, or 200,000 words with up to 80 edits, still get word edits.
   */
  static final long MAX_DIFF_WORK = 16_000_000L;

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
    List<int[]> forward = null;
    List<int[]> backward = null;
    if (na > 0 && nb > 0) {
      List<Long> ta = tokens(a, ma, ma + na);
      List<Long> tb = tokens(b, mb, mb + nb);
      int maxEdits = (int) Math.min(Integer.MAX_VALUE, MAX_DIFF_WORK / (na + nb));
      try {
        // Myers' diff may find several equally short scripts, and which one depends on which text
        // is the source: both are computed, and one is chosen by what is the same from either side
        forward = hunks(ta, tb, false, maxEdits);
        backward = hunks(tb, ta, true, maxEdits);
      } catch (TooManyEdits e) {
        forward = null;
      }
    }
    if (forward == null) {
      // one side's middle is empty, or too many edits for the words: the middle is one edit
      WordEdit.Kind kind =
          na == 0 ? WordEdit.Kind.INSERT : nb == 0 ? WordEdit.Kind.DELETE : WordEdit.Kind.REPLACE;
      if (na + nb > 0) {
        out.add(new WordEdit(kind, span(a, ma, ma + na, ea), span(b, mb, mb + nb, eb)));
      }
      return out;
    }
    List<int[]> chosen = compare(forward, backward, a, ma, b, mb) <= 0 ? forward : backward;
    for (int[] h : chosen) {
      int sa = ma + h[0];
      int sb = mb + h[2];
      Span spanA = span(a, sa, sa + h[1], ea);
      Span spanB = span(b, sb, sb + h[3], eb);
      WordEdit.Kind kind =
          h[1] == 0
              ? WordEdit.Kind.INSERT
              : h[3] == 0 ? WordEdit.Kind.DELETE : WordEdit.Kind.REPLACE;
      out.add(new WordEdit(kind, spanA, spanB));
    }
    return out;
  }

  /**
   * The edits of Myers' diff from {@code from} to {@code to} as hunks {@code {position in A, length
   * in A, position in B, length in B}}; with {@code swapped} the lists are B and A, and the hunks
   * are given as from A to B all the same. Throws {@link TooManyEdits} once the script would need
   * more than {@code maxEdits} insertions and deletions.
   */
  private static List<int[]> hunks(List<Long> from, List<Long> to, boolean swapped, int maxEdits) {
    List<int[]> out = new ArrayList<>();
    DiffAlgorithmListener budget =
        new DiffAlgorithmListener() {
          @Override
          public void diffStart() {}

          @Override
          public void diffStep(int edits, int max) {
            if (edits > maxEdits) {
              throw new TooManyEdits();
            }
          }

          @Override
          public void diffEnd() {}
        };
    for (AbstractDelta<Long> d :
        DiffUtils.diff(from, to, new MyersDiff<Long>(), budget).getDeltas()) {
      if (d.getType() == DeltaType.EQUAL) {
        continue;
      }
      int ps = d.getSource().getPosition();
      int ls = d.getSource().size();
      int pt = d.getTarget().getPosition();
      int lt = d.getTarget().size();
      out.add(swapped ? new int[] {pt, lt, ps, ls} : new int[] {ps, ls, pt, lt});
    }
    return out;
  }

  /**
   * Orders two edit scripts between the same token lists by keys that stay the same when A and B
   * swap: fewer hunks first, then, hunk by hunk, the earlier (sum of the positions in A and B), the
   * shorter (sum of the lengths), the one whose nearer side starts earlier, and last the smaller
   * pair of hashes of the words the hunk takes out and puts in, taken in ascending order.
   */
  private static int compare(
      List<int[]> x, List<int[]> y, AnalyzedText a, int ma, AnalyzedText b, int mb) {
    if (x.size() != y.size()) {
      return Integer.compare(x.size(), y.size());
    }
    for (int k = 0; k < x.size(); k++) {
      int[] p = x.get(k);
      int[] q = y.get(k);
      int c = Integer.compare(p[0] + p[2], q[0] + q[2]);
      if (c == 0) {
        c = Integer.compare(p[1] + p[3], q[1] + q[3]);
      }
      if (c == 0) {
        c = Integer.compare(Math.min(p[0], p[2]), Math.min(q[0], q[2]));
      }
      if (c == 0) {
        long[] hp = contentHashes(p, a, ma, b, mb);
        long[] hq = contentHashes(q, a, ma, b, mb);
        c = hp[0] != hq[0] ? Long.compare(hp[0], hq[0]) : Long.compare(hp[1], hq[1]);
      }
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Hashes ({@link AnalyzedText#sequenceHash}) of the words hunk {@code h} takes out of A and puts
   * in from B, whose compared middles start at tokens {@code ma} and {@code mb}, in ascending
   * order.
   */
  private static long[] contentHashes(int[] h, AnalyzedText a, int ma, AnalyzedText b, int mb) {
    long x = a.sequenceHash(ma + h[0], ma + h[0] + h[1]);
    long y = b.sequenceHash(mb + h[2], mb + h[2] + h[3]);
    return new long[] {Math.min(x, y), Math.max(x, y)};
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

  /** A diff stopped by its budget ({@link #MAX_DIFF_WORK}); no stack trace, it is no error. */
  private static final class TooManyEdits extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyEdits() {
      super("too many edits", null, false, false);
    }
  }
}
