package org.doppel.diff;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.doppel.text.AnalyzedText;

/**
 * Paragraph-by-paragraph diff of two versions. Paragraphs are compared by their folded words, so
 * white space, quote style, punctuation and case never count as changes. The steps: boilerplate
 * (known hashes, or recognised site chrome) and repeats inside one text are set aside; paragraphs
 * with equal words are paired, then remaining paragraphs whose word sets overlap enough (Dice at
 * least {@code similarity}); the longest run of pairs in the same order in both texts is kept in
 * place (unchanged or edited) and every other pair is moved; the rest is added or removed.
 * Immutable and thread-safe.
 */
public final class RevisionDiff implements Serializable {

  private static final long serialVersionUID = 1L;

  private final double similarity;
  private final boolean recogniseChrome;

  private RevisionDiff(double similarity, boolean recogniseChrome) {
    if (!(similarity > 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in (0, 1], got " + similarity);
    }
    this.similarity = similarity;
    this.recogniseChrome = recogniseChrome;
  }

  /** Pairs paragraphs with a word-set Dice of 0.5 or more; recognises site chrome. */
  public static RevisionDiff defaults() {
    return new RevisionDiff(0.5, true);
  }

  /** A diff with the given pairing threshold and chrome recognition. */
  public static RevisionDiff of(double similarity, boolean recogniseChrome) {
    return new RevisionDiff(similarity, recogniseChrome);
  }

  /**
   * The changes from {@code a} to {@code b}, in reading order of B (paragraphs only in A come after
   * the B paragraph their predecessor maps to). {@code boilerplate} tells which paragraph hashes
   * ({@link AnalyzedText#paragraphHash}) are known boilerplate.
   */
  public List<Change> diff(AnalyzedText a, AnalyzedText b, LongPredicate boilerplate) {
    Sides s = new Sides(a, b);
    int[] roleA = roles(a, boilerplate);
    int[] roleB = roles(b, boilerplate);
    List<Placed> out = new ArrayList<>();
    pairByHash(s, roleA, roleB, BOILERPLATE);
    pairByHash(s, roleA, roleB, REPEAT);
    pairExact(s, roleA, roleB);
    pairSimilar(s, roleA, roleB);
    boolean[] inOrder = longestOrderedRun(s);
    for (int i = 0; i < s.na; i++) {
      int j = s.partnerOfA[i];
      if (roleA[i] == REPEAT) {
        out.add(
            j >= 0
                ? s.paired(i, j, new Change.Repeat(a.paragraphSpan(i), b.paragraphSpan(j)))
                : s.onlyA(i, new Change.Repeat(a.paragraphSpan(i), null), inOrder));
      } else if (roleA[i] == BOILERPLATE) {
        out.add(
            j >= 0
                ? s.paired(i, j, new Change.Boilerplate(a.paragraphSpan(i), b.paragraphSpan(j)))
                : s.onlyA(i, new Change.Boilerplate(a.paragraphSpan(i), null), inOrder));
      } else if (j < 0) {
        out.add(s.onlyA(i, new Change.Removed(a.paragraphSpan(i)), inOrder));
      } else {
        boolean same = a.paragraphHash(i) == b.paragraphHash(j);
        var edits = same ? List.<WordEdit>of() : WordDiff.edits(a, i, b, j);
        Change c =
            !inOrder[i]
                ? new Change.Moved(a.paragraphSpan(i), b.paragraphSpan(j), edits)
                : same
                    ? new Change.Unchanged(a.paragraphSpan(i), b.paragraphSpan(j))
                    : new Change.Edited(a.paragraphSpan(i), b.paragraphSpan(j), edits);
        out.add(s.paired(i, j, c));
      }
    }
    for (int j = 0; j < s.nb; j++) {
      if (s.partnerOfB[j] >= 0) {
        continue;
      }
      Change c =
          roleB[j] == REPEAT
              ? new Change.Repeat(null, b.paragraphSpan(j))
              : roleB[j] == BOILERPLATE
                  ? new Change.Boilerplate(null, b.paragraphSpan(j))
                  : new Change.Added(b.paragraphSpan(j));
      out.add(new Placed(j, 0, 0, c));
    }
    out.sort(
        Comparator.comparingDouble(Placed::key)
            .thenComparingInt(Placed::sideOrder)
            .thenComparingInt(Placed::index));
    return out.stream().map(Placed::change).toList();
  }

  private static final int CANDIDATE = 0;
  private static final int REPEAT = 1;
  private static final int BOILERPLATE = 2;

  private int[] roles(AnalyzedText t, LongPredicate boilerplate) {
    int[] role = new int[t.paragraphCount()];
    Set<Long> seen = new HashSet<>();
    for (int p = 0; p < role.length; p++) {
      long h = t.paragraphHash(p);
      if (boilerplate.test(h) || (recogniseChrome && SiteChrome.isChrome(t, p))) {
        role[p] = BOILERPLATE;
      } else if (!seen.add(h)) {
        role[p] = REPEAT;
      }
    }
    return role;
  }

  private static void pairExact(Sides s, int[] roleA, int[] roleB) {
    pairByHash(s, roleA, roleB, CANDIDATE);
  }

  private static void pairByHash(Sides s, int[] roleA, int[] roleB, int role) {
    Map<Long, List<Integer>> byHash = new HashMap<>();
    for (int j = 0; j < s.nb; j++) {
      if (roleB[j] == role) {
        byHash.computeIfAbsent(s.b.paragraphHash(j), k -> new ArrayList<>()).add(j);
      }
    }
    for (int i = 0; i < s.na; i++) {
      if (roleA[i] != role) {
        continue;
      }
      List<Integer> js = byHash.get(s.a.paragraphHash(i));
      if (js != null && !js.isEmpty()) {
        s.pair(i, js.remove(0));
      }
    }
  }

  private void pairSimilar(Sides s, int[] roleA, int[] roleB) {
    long[][] setsB = new long[s.nb][];
    Map<Long, List<Integer>> index = new HashMap<>();
    for (int j = 0; j < s.nb; j++) {
      if (roleB[j] == CANDIDATE && s.partnerOfB[j] < 0) {
        setsB[j] = wordSet(s.b, j);
        for (long w : setsB[j]) {
          index.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
        }
      }
    }
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < s.na; i++) {
      if (roleA[i] != CANDIDATE || s.partnerOfA[i] >= 0) {
        continue;
      }
      long[] setA = wordSet(s.a, i);
      Map<Integer, Integer> shared = new HashMap<>();
      for (long w : setA) {
        for (int j : index.getOrDefault(w, List.of())) {
          shared.merge(j, 1, Integer::sum);
        }
      }
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        double dice = 2.0 * e.getValue() / (setA.length + setsB[e.getKey()].length);
        if (dice >= similarity) {
          pairs.add(new double[] {dice, i, e.getKey()});
        }
      }
    }
    pairs.sort(
        Comparator.<double[]>comparingDouble(p -> -p[0])
            .thenComparingDouble(p -> p[1] + p[2])
            .thenComparingDouble(p -> Math.abs(p[1] - p[2])));
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (s.partnerOfA[i] < 0 && s.partnerOfB[j] < 0) {
        s.pair(i, j);
      }
    }
  }

  private static long[] wordSet(AnalyzedText t, int p) {
    long[] w = new long[t.paragraphEndToken(p) - t.paragraphFirstToken(p)];
    for (int k = 0; k < w.length; k++) {
      w[k] = t.tokenHash(t.paragraphFirstToken(p) + k);
    }
    return Arrays.stream(w).sorted().distinct().toArray();
  }

  /**
   * Marks the A paragraphs of the longest chain of pairs in the same order in both texts (weighted
   * by paragraph length, so a long paragraph stays put and a short one moves).
   */
  private static boolean[] longestOrderedRun(Sides s) {
    int[] is = new int[s.na];
    int n = 0;
    for (int i = 0; i < s.na; i++) {
      if (s.partnerOfA[i] >= 0) {
        is[n++] = i;
      }
    }
    long[] best = new long[n];
    int[] prev = new int[n];
    int top = -1;
    for (int x = 0; x < n; x++) {
      int i = is[x];
      long w = s.a.paragraphEndToken(i) - s.a.paragraphFirstToken(i) + 1L;
      best[x] = w;
      prev[x] = -1;
      for (int y = 0; y < x; y++) {
        if (s.partnerOfA[is[y]] < s.partnerOfA[i] && best[y] + w > best[x]) {
          best[x] = best[y] + w;
          prev[x] = y;
        }
      }
      if (top < 0 || best[x] > best[top]) {
        top = x;
      }
    }
    boolean[] inOrder = new boolean[s.na];
    for (int x = top; x >= 0; x = prev[x]) {
      inOrder[is[x]] = true;
    }
    return inOrder;
  }

  @Override
  public String toString() {
    return "RevisionDiff(similarity=" + similarity + ", recogniseChrome=" + recogniseChrome + ")";
  }
}
