package org.doppel.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.internal.LongIntHashMap;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Span;

/**
 * Snaps the ends of a fragment to exact word matches. A near-verbatim fragment takes the ends of
 * its longest run of word-trigram matches that goes forward in both texts ({@link #copiedRun}); in
 * a fragment that is partly a copy, the start moves to the first word trigram the first units of
 * both sides share and the end to the last one the last units share. Both then move outwards over
 * equal words, up to a paragraph break both texts have. Sides without an exact trigram keep their
 * sentence boundaries.
 */
final class BoundaryRefiner {

  private static final int GRAM = 3;

  /** A copy with at least this fraction of shared trigrams is snapped over its whole range. */
  private static final double WHOLE = 0.8;

  private final Units ua;
  private final Units ub;

  /**
   * The word trigram starting at each token of A and of B (the last two tokens start none), hashed
   * once per text; never {@code Long.MIN_VALUE}, so that they can be {@link LongIntHashMap} keys.
   */
  private final long[] gramsA;

  private final long[] gramsB;

  BoundaryRefiner(Units ua, Units ub) {
    this.ua = ua;
    this.ub = ub;
    this.gramsA = grams(ua.text);
    this.gramsB = grams(ub.text);
  }

  /**
   * Fragment {@code f} narrowed, when it is a near-verbatim copy, to the units its copied run
   * ({@link #copiedRun}) spans, and scored again: single linkage lets a seed off the copy's
   * diagonal (a sentence one text repeats) widen a fragment's box, and a box wider than its copy
   * would push another copy aside as overlapping. Other fragments are returned as they are.
   */
  Fragment narrow(Fragment f, UnitSimilarity sim) {
    if (copied(f) < WHOLE) {
      return f;
    }
    int[] run = run(f);
    if (run == null) {
      return f;
    }
    int a0 = unitOf(ua, run[0], f.a0, f.a1);
    int a1 = unitOf(ua, run[2] - 1, a0, f.a1);
    int b0 = unitOf(ub, run[1], f.b0, f.b1);
    int b1 = unitOf(ub, run[3] - 1, b0, f.b1);
    if (a0 == f.a0 && a1 == f.a1 && b0 == f.b0 && b1 == f.b1) {
      return f;
    }
    return new Fragment(
        a0,
        a1,
        b0,
        b1,
        sim.rangeCosine(a0, a1, b0, b1),
        f.seeds,
        SeedJoiner.chars(ua, a0, a1),
        SeedJoiner.chars(ub, b0, b1));
  }

  /** The copied fraction of fragment {@code f}'s range ({@link #copiedFraction}), measured once. */
  private double copied(Fragment f) {
    if (Double.isNaN(f.copied)) {
      f.copied =
          copiedFraction(
              ua.tokenFrom[f.a0], ua.tokenTo[f.a1], ub.tokenFrom[f.b0], ub.tokenTo[f.b1]);
    }
    return f.copied;
  }

  /** The copied run of fragment {@code f}'s range ({@link #copiedRun}), found once. */
  private int[] run(Fragment f) {
    if (!f.runKnown) {
      f.run = copiedRun(ua.tokenFrom[f.a0], ua.tokenTo[f.a1], ub.tokenFrom[f.b0], ub.tokenTo[f.b1]);
      f.runKnown = true;
    }
    return f.run;
  }

  /** The last unit of {@code [from, to]} that starts at or before token {@code t}. */
  private static int unitOf(Units u, int t, int from, int to) {
    int unit = from;
    while (unit < to && u.tokenFrom[unit + 1] <= t) {
      unit++;
    }
    return unit;
  }

  /** True when fragment {@code f} is mostly an exact copy (see {@link #isMostlyCopy}). */
  boolean isMostlyCopy(Fragment f) {
    return isMostlyCopy(ua.tokenFrom[f.a0], ua.tokenTo[f.a1], ub.tokenFrom[f.b0], ub.tokenTo[f.b1]);
  }

  Passage passage(Fragment f) {
    AnalyzedText a = ua.text;
    AnalyzedText b = ub.text;
    int ta0 = ua.tokenFrom[f.a0];
    int ta1 = ua.tokenTo[f.a1];
    int tb0 = ub.tokenFrom[f.b0];
    int tb1 = ub.tokenTo[f.b1];
    // only a near-verbatim copy is trimmed to exact matches; an obfuscated passage keeps its
    // sentence boundaries, since its first and last words rarely match exactly
    double copied = copied(f);
    boolean trim = copied >= 0.5;
    boolean wholeRange = copied >= WHOLE;
    int[] run = wholeRange ? run(f) : null;
    int[] start;
    if (run != null) {
      start = run;
    } else if (!trim) {
      start = null;
    } else if (wholeRange) {
      start = firstMatch(ta0, ta1, tb0, tb1);
    } else {
      start = firstMatch(ta0, ua.tokenTo[f.a0], tb0, ub.tokenTo[f.b0]);
    }
    if (start != null) {
      ta0 = start[0];
      tb0 = start[1];
    }
    // over equal words, but not over a paragraph break both texts have there: the paragraph after
    // a copy that ends with its paragraph in both, when it starts with the same word in both
    // ("The"), is no part of the copy, and often part of another passage; a break in one text
    // only (a copy paragraphed otherwise) does not stop it
    while (ta0 > 0
        && tb0 > 0
        && a.tokenHash(ta0 - 1) == b.tokenHash(tb0 - 1)
        && !bothBreakBefore(a, ta0, b, tb0)) {
      ta0--;
      tb0--;
    }
    int[] end;
    if (run != null) {
      end = new int[] {run[2], run[3]};
    } else if (!trim) {
      end = null;
    } else if (wholeRange) {
      end = lastMatch(ta0, ta1, tb0, tb1);
    } else {
      end =
          lastMatch(Math.max(ta0, ua.tokenFrom[f.a1]), ta1, Math.max(tb0, ub.tokenFrom[f.b1]), tb1);
    }
    if (end != null) {
      ta1 = end[0];
      tb1 = end[1];
    }
    while (ta1 < a.tokenCount()
        && tb1 < b.tokenCount()
        && a.tokenHash(ta1) == b.tokenHash(tb1)
        && !bothBreakBefore(a, ta1, b, tb1)) {
      ta1++;
      tb1++;
    }
    // a trigram match may straddle a paragraph break: one or two words of the paragraph before a
    // copied paragraph ("... today." in both texts) are no part of the copy when both texts break
    // there, nor one or two words after it
    for (int k = 1; k < GRAM && ta0 + k < ta1 && tb0 + k < tb1; k++) {
      if (bothBreakBefore(a, ta0 + k, b, tb0 + k)) {
        ta0 += k;
        tb0 += k;
        break;
      }
    }
    for (int k = 1; k < GRAM && ta1 - k > ta0 && tb1 - k > tb0; k++) {
      if (bothBreakBefore(a, ta1 - k, b, tb1 - k)) {
        ta1 -= k;
        tb1 -= k;
        break;
      }
    }
    Span sa = new Span(a.tokenStart(ta0), closingPunctuation(a.text(), a.tokenEnd(ta1 - 1)));
    Span sb = new Span(b.tokenStart(tb0), closingPunctuation(b.text(), b.tokenEnd(tb1 - 1)));
    // rounded so that the last bits of floating-point sums never break symmetry
    double score = Math.round(Math.max(0, Math.min(1, f.score)) * 1e6) / 1e6;
    return new Passage(sa, sb, score);
  }

  /**
   * True when units {@code [a0, a1]} of A and {@code [b0, b1]} of B are an exact copy: at least
   * {@link #WHOLE} of the shorter side's word trigrams occur in the other side.
   */
  boolean isVerbatim(int a0, int a1, int b0, int b1) {
    return copiedFraction(ua.tokenFrom[a0], ua.tokenTo[a1], ub.tokenFrom[b0], ub.tokenTo[b1])
        >= WHOLE;
  }

  /** True when at least half the words of the shorter side start a trigram the other side has. */
  boolean isMostlyCopy(int a0, int a1, int b0, int b1) {
    return copiedFraction(a0, a1, b0, b1) >= 0.5;
  }

  /**
   * Fraction of the shorter side's word trigrams that the other side has too: the smaller of the
   * counts from either side, so that it is the same with A and B swapped.
   */
  private double copiedFraction(int a0, int a1, int b0, int b1) {
    if (a1 - a0 < GRAM || b1 - b0 < GRAM) {
      return 0;
    }
    int hits = Math.min(hits(gramsA, a0, a1, gramsB, b0, b1), hits(gramsB, b0, b1, gramsA, a0, a1));
    return Math.min(1.0, (double) hits / (Math.min(a1 - a0, b1 - b0) - GRAM + 1));
  }

  /**
   * How many of the word trigrams {@code gx} starting at tokens {@code [x0, x1 - 2)} start in
   * {@code [y0, y1 - 2)} of {@code gy} too.
   */
  private static int hits(long[] gx, int x0, int x1, long[] gy, int y0, int y1) {
    LongIntHashMap grams = new LongIntHashMap(Math.max(1, y1 - y0));
    for (int j = y0; j + GRAM <= y1; j++) {
      grams.add(gy[j], 1);
    }
    int hits = 0;
    for (int i = x0; i + GRAM <= x1; i++) {
      if (grams.get(gx[i], 0) > 0) {
        hits++;
      }
    }
    return hits;
  }

  /**
   * The copied run of a near-verbatim range: the ends {@code {i0, j0, i1, j1}} (starts inclusive,
   * ends exclusive, in tokens) of the longest chain of word-trigram matches that goes forward in
   * both texts, or null when the ranges share no trigram. A stray match off the copy's diagonal (a
   * sentence the one text repeats elsewhere in the range) then cannot pull an end away from the
   * copy, as the match nearest an end of the range can. Of the chains equally long, the tightest:
   * the latest chain start and the earliest chain end after it, so that a phrase the copy begins or
   * ends with, repeated before or after it in one text, is matched where the copy is. Ties are
   * broken by the trigram's hash, so that the result mirrors with A and B swapped. Trigrams found
   * more than {@value #MAX_REPEATS} times in either range are left out: a list of one repeated
   * phrase would otherwise make quadratically many matches.
   */
  private int[] copiedRun(int a0, int a1, int b0, int b1) {
    int nb = b1 - b0 - GRAM + 1;
    if (nb <= 0 || a1 - a0 < GRAM) {
      return null;
    }
    // the positions of each trigram of B's range, as chains in ascending order, and their counts
    LongIntHashMap firstInB = new LongIntHashMap(nb); // 1 + the first position, relative to b0
    LongIntHashMap countInB = new LongIntHashMap(nb);
    int[] nextInB = new int[nb];
    for (int j = nb - 1; j >= 0; j--) {
      long g = gramsB[b0 + j];
      int first = firstInB.get(g, 0);
      nextInB[j] = first - 1;
      firstInB.add(g, j + 1 - first);
      countInB.add(g, 1);
    }
    LongIntHashMap countInA = new LongIntHashMap(a1 - a0);
    for (int i = a0; i + GRAM <= a1; i++) {
      countInA.add(gramsA[i], 1);
    }
    int m = 0;
    int[] mi = new int[16];
    int[] mj = new int[16];
    long[] mg = new long[16];
    for (int i = a0; i + GRAM <= a1; i++) {
      long g = gramsA[i];
      int first = firstInB.get(g, 0);
      if (first == 0 || countInB.get(g, 0) > MAX_REPEATS || countInA.get(g, 0) > MAX_REPEATS) {
        continue;
      }
      for (int j = first - 1; j >= 0; j = nextInB[j]) {
        if (m == mi.length) {
          mi = Arrays.copyOf(mi, m * 2);
          mj = Arrays.copyOf(mj, m * 2);
          mg = Arrays.copyOf(mg, m * 2);
        }
        mi[m] = i;
        mj[m] = b0 + j;
        mg[m] = g;
        m++;
      }
    }
    if (m == 0) {
      return null;
    }
    // matches are in ascending i, and ascending j within one i
    int[] ending = chainLengths(mi, mj, m, true);
    int[] starting = chainLengths(mi, mj, m, false);
    int longest = 0;
    for (int k = 0; k < m; k++) {
      longest = Math.max(longest, ending[k]);
    }
    // a match that starts (ends) a longest chain: no match can come before (after) it in one
    int first = -1;
    for (int k = 0; k < m; k++) {
      if (starting[k] == longest && (first < 0 || isLater(k, first, mi, mj, mg))) {
        first = k;
      }
    }
    int last = -1;
    for (int k = 0; k < m; k++) {
      if (ending[k] == longest
          && mi[k] >= mi[first]
          && mj[k] >= mj[first]
          && (last < 0 || isLater(last, k, mi, mj, mg))) {
        last = k;
      }
    }
    if (last < 0) {
      return null;
    }
    return new int[] {mi[first], mj[first], mi[last] + GRAM, mj[last] + GRAM};
  }

  /**
   * Whether match {@code k} lies further into both ranges than match {@code other} (by the sum of
   * its positions, ties broken by the trigram's hash).
   */
  private static boolean isLater(int k, int other, int[] mi, int[] mj, long[] mg) {
    int reach = mi[k] + mj[k];
    int otherReach = mi[other] + mj[other];
    return reach > otherReach || (reach == otherReach && mg[k] < mg[other]);
  }

  /** Trigrams repeated more often than this in either range take no part in {@link #copiedRun}. */
  private static final int MAX_REPEATS = 8;

  /**
   * For each match, the length of the longest chain of matches strictly increasing in both
   * positions that ends at it ({@code forward}) or starts at it. Patience sorting: {@code tails[l]}
   * holds the best last position in B of a chain of length {@code l + 1} seen so far; matches of
   * one position in A are visited so that none of them extends another.
   */
  private static int[] chainLengths(int[] mi, int[] mj, int m, boolean forward) {
    int[] length = new int[m];
    int[] tails = new int[m];
    int size = 0;
    int k = forward ? 0 : m - 1;
    while (forward ? k < m : k >= 0) {
      // the run of matches with the same A position, visited from the far end of B
      int runEnd = k;
      while ((forward ? runEnd + 1 < m : runEnd - 1 >= 0)
          && mi[forward ? runEnd + 1 : runEnd - 1] == mi[k]) {
        runEnd += forward ? 1 : -1;
      }
      for (int r = runEnd; forward ? r >= k : r <= k; r += forward ? -1 : 1) {
        int key = forward ? mj[r] : -mj[r];
        int lo = 0;
        int hi = size;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (tails[mid] < key) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        tails[lo] = key;
        size = Math.max(size, lo + 1);
        length[r] = lo + 1;
      }
      k = runEnd + (forward ? 1 : -1);
    }
    return length;
  }

  /**
   * The trigram match {@code {i, j}} nearest the starts of the two ranges, or null. Of matches
   * equally near, the one whose trigram hashes lowest: the same match with A and B swapped.
   */
  private int[] firstMatch(int a0, int a1, int b0, int b1) {
    Map<Long, List<Integer>> grams = positions(b0, b1);
    int[] best = null;
    int bestCost = Integer.MAX_VALUE;
    long bestGram = 0;
    for (int i = a0; i + GRAM <= a1 && i - a0 <= bestCost; i++) {
      long g = gramsA[i];
      for (int j : grams.getOrDefault(g, List.of())) {
        int cost = (i - a0) + (j - b0);
        if (cost > bestCost) {
          break; // positions ascend
        }
        if (cost < bestCost || g < bestGram) {
          bestCost = cost;
          bestGram = g;
          best = new int[] {i, j};
        }
      }
    }
    return best;
  }

  /**
   * The trigram match nearest the ends of the two ranges, as exclusive ends, or null. Of matches
   * equally near, the one whose trigram hashes lowest.
   */
  private int[] lastMatch(int a0, int a1, int b0, int b1) {
    Map<Long, List<Integer>> grams = positions(b0, b1);
    int[] best = null;
    int bestCost = Integer.MAX_VALUE;
    long bestGram = 0;
    for (int i = a1 - GRAM; i >= a0 && a1 - (i + GRAM) <= bestCost; i--) {
      long g = gramsA[i];
      List<Integer> js = grams.getOrDefault(g, List.of());
      for (int k = js.size() - 1; k >= 0; k--) {
        int j = js.get(k);
        int cost = (a1 - (i + GRAM)) + (b1 - (j + GRAM));
        if (cost > bestCost) {
          break; // positions descend
        }
        if (cost < bestCost || g < bestGram) {
          bestCost = cost;
          bestGram = g;
          best = new int[] {i + GRAM, j + GRAM};
        }
      }
    }
    return best;
  }

  /** Where each word trigram of B's tokens {@code [b0, b1)} starts, in ascending order. */
  private Map<Long, List<Integer>> positions(int b0, int b1) {
    Map<Long, List<Integer>> grams = new HashMap<>();
    for (int j = b0; j + GRAM <= b1; j++) {
      grams.computeIfAbsent(gramsB[j], k -> new ArrayList<>(1)).add(j);
    }
    return grams;
  }

  /**
   * Whether a paragraph starts at token {@code i} of A and at token {@code j} of B, after the
   * tokens before them: a break both texts have there.
   */
  private static boolean bothBreakBefore(AnalyzedText a, int i, AnalyzedText b, int j) {
    return a.paragraphOf(i - 1) != a.paragraphOf(i) && b.paragraphOf(j - 1) != b.paragraphOf(j);
  }

  /** Extends an end over the sentence punctuation and closing quotes right after it. */
  private static int closingPunctuation(String text, int end) {
    int e = end;
    while (e < text.length()
        && e - end < 3
        && ".!?;:,)]\"'\u201D\u2019".indexOf(text.charAt(e)) >= 0) {
      e++;
    }
    return e;
  }

  /** The hash of the word trigram starting at each token of {@code t} ({@link #gramsA}). */
  private static long[] grams(AnalyzedText t) {
    long[] out = new long[Math.max(0, t.tokenCount() - GRAM + 1)];
    for (int i = 0; i < out.length; i++) {
      long h = t.tokenHash(i);
      for (int k = 1; k < GRAM; k++) {
        h = Long.rotateLeft(h, 21) * 0x9E3779B97F4A7C15L ^ t.tokenHash(i + k);
      }
      out[i] = h == Long.MIN_VALUE ? Long.MAX_VALUE : h;
    }
    return out;
  }
}
