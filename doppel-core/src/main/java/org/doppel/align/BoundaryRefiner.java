package org.doppel.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Span;

/**
 * Snaps the ends of a fragment to exact word matches: the start moves to the first word trigram the
 * first units of both sides share and then back over equal words; the end likewise. Sides without
 * an exact trigram keep their sentence boundaries.
 */
final class BoundaryRefiner {

  private static final int GRAM = 3;

  /** A copy with at least this fraction of shared trigrams is snapped over its whole range. */
  private static final double WHOLE = 0.8;

  private final Units ua;
  private final Units ub;

  BoundaryRefiner(Units ua, Units ub) {
    this.ua = ua;
    this.ub = ub;
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
    double copied = copiedFraction(ta0, ta1, tb0, tb1);
    boolean trim = copied >= 0.5;
    boolean wholeRange = copied >= WHOLE;
    int[] start =
        trim
            ? firstMatch(
                ta0, wholeRange ? ta1 : ua.tokenTo[f.a0], tb0, wholeRange ? tb1 : ub.tokenTo[f.b0])
            : null;
    if (start != null) {
      ta0 = start[0];
      tb0 = start[1];
    }
    while (ta0 > 0 && tb0 > 0 && a.tokenHash(ta0 - 1) == b.tokenHash(tb0 - 1)) {
      ta0--;
      tb0--;
    }
    int[] end =
        trim
            ? wholeRange
                ? lastMatch(ta0, ta1, tb0, tb1)
                : lastMatch(
                    Math.max(ta0, ua.tokenFrom[f.a1]), ta1, Math.max(tb0, ub.tokenFrom[f.b1]), tb1)
            : null;
    if (end != null) {
      ta1 = end[0];
      tb1 = end[1];
    }
    while (ta1 < a.tokenCount() && tb1 < b.tokenCount() && a.tokenHash(ta1) == b.tokenHash(tb1)) {
      ta1++;
      tb1++;
    }
    Span sa = new Span(a.tokenStart(ta0), closingPunctuation(a.text(), a.tokenEnd(ta1 - 1)));
    Span sb = new Span(b.tokenStart(tb0), closingPunctuation(b.text(), b.tokenEnd(tb1 - 1)));
    // rounded so that the last bits of floating-point sums never break symmetry
    double score = Math.round(Math.max(0, Math.min(1, f.score)) * 1e6) / 1e6;
    return new Passage(sa, sb, score);
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
    int hits =
        Math.min(hits(ua.text, a0, a1, ub.text, b0, b1), hits(ub.text, b0, b1, ua.text, a0, a1));
    return Math.min(1.0, (double) hits / (Math.min(a1 - a0, b1 - b0) - GRAM + 1));
  }

  /**
   * How many word trigrams of {@code x}'s tokens {@code [x0, x1)} occur in {@code [y0, y1)} of y.
   */
  private static int hits(AnalyzedText x, int x0, int x1, AnalyzedText y, int y0, int y1) {
    Set<Long> grams = new HashSet<>();
    for (int j = y0; j + GRAM <= y1; j++) {
      grams.add(gram(y, j));
    }
    int hits = 0;
    for (int i = x0; i + GRAM <= x1; i++) {
      if (grams.contains(gram(x, i))) {
        hits++;
      }
    }
    return hits;
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
      long g = gram(ua.text, i);
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
      long g = gram(ua.text, i);
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
      grams.computeIfAbsent(gram(ub.text, j), k -> new ArrayList<>(1)).add(j);
    }
    return grams;
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

  private static long gram(AnalyzedText t, int i) {
    long h = t.tokenHash(i);
    for (int k = 1; k < GRAM; k++) {
      h = Long.rotateLeft(h, 21) * 0x9E3779B97F4A7C15L ^ t.tokenHash(i + k);
    }
    return h;
  }
}
