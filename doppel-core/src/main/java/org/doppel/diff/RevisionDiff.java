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
import org.doppel.text.Span;

/**
 * Paragraph-by-paragraph diff of two versions. Paragraphs are compared by their folded words, so
 * white space, quote style, punctuation and case never count as changes. The steps: boilerplate
 * (known hashes, or recognised site chrome) and repeats inside one text are set aside; paragraphs
 * with equal words are paired; a paragraph that the other text splits into consecutive paragraphs
 * (or that merges consecutive paragraphs of the other) is paired with them as one; then remaining
 * paragraphs whose word sets overlap enough (Dice at least {@code similarity}); the longest run of
 * pairs in the same order in both texts is kept in place (unchanged or edited) and every other pair
 * is moved; the rest is added or removed. Immutable and thread-safe.
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
    List<Group> groups = splitsAndMerges(s, roleA, roleB);
    int[] groupOfA = new int[s.na];
    Arrays.fill(groupOfA, -1);
    for (int g = 0; g < groups.size(); g++) {
      Group gr = groups.get(g);
      for (int i = gr.a0(); i <= gr.a1(); i++) {
        groupOfA[i] = g;
      }
    }
    pairSimilar(s, roleA, roleB);
    boolean[] inOrder = longestOrderedRun(s, groupOfA);
    for (int i = 0; i < s.na; i++) {
      int j = s.partnerOfA[i];
      if (groupOfA[i] >= 0) {
        Group g = groups.get(groupOfA[i]);
        if (i == g.a0()) {
          out.add(s.paired(i, j, g.change(a, b, !inOrder[i])));
        }
      } else if (roleA[i] == REPEAT) {
        out.add(
            j >= 0
                ? s.paired(i, j, new Change.Repeat(a.paragraphExtent(i), b.paragraphExtent(j)))
                : s.onlyA(i, new Change.Repeat(a.paragraphExtent(i), null), inOrder));
      } else if (roleA[i] == BOILERPLATE) {
        out.add(
            j >= 0
                ? s.paired(i, j, new Change.Boilerplate(a.paragraphExtent(i), b.paragraphExtent(j)))
                : s.onlyA(i, new Change.Boilerplate(a.paragraphExtent(i), null), inOrder));
      } else if (j < 0) {
        out.add(s.onlyA(i, new Change.Removed(a.paragraphExtent(i)), inOrder));
      } else {
        boolean same = a.paragraphHash(i) == b.paragraphHash(j);
        var edits = same ? List.<WordEdit>of() : WordDiff.edits(a, i, b, j);
        Change c =
            !inOrder[i]
                ? new Change.Moved(a.paragraphExtent(i), b.paragraphExtent(j), edits)
                : same
                    ? new Change.Unchanged(a.paragraphExtent(i), b.paragraphExtent(j))
                    : new Change.Edited(a.paragraphExtent(i), b.paragraphExtent(j), edits);
        out.add(s.paired(i, j, c));
      }
    }
    for (int j = 0; j < s.nb; j++) {
      if (s.partnerOfB[j] >= 0) {
        continue;
      }
      Change c =
          roleB[j] == REPEAT
              ? new Change.Repeat(null, b.paragraphExtent(j))
              : roleB[j] == BOILERPLATE
                  ? new Change.Boilerplate(null, b.paragraphExtent(j))
                  : new Change.Added(b.paragraphExtent(j));
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
      if (boilerplate.test(h) || (recogniseChrome && t.isSiteChrome(p))) {
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

  /**
   * A share of a paragraph's distinct words at least this large must lie in the longer paragraph
   * for it to count as a part of that paragraph split up (or merged into it).
   */
  private static final double PART_CONTAINED = 0.8;

  /** The parts read as one must match the whole paragraph at least this well (word-set Dice). */
  private static final double WHOLE_SIMILARITY = 0.8;

  /**
   * One paragraph of one text and the run of consecutive paragraphs of the other that it became:
   * paragraphs {@code [a0, a1]} of A and {@code [b0, b1]} of B, one side a single paragraph.
   */
  private record Group(int a0, int a1, int b0, int b1, long words) {

    /** The change: a split or a merge, {@code moved} when out of the in-place order. */
    Change change(AnalyzedText a, AnalyzedText b, boolean moved) {
      Span sa = new Span(a.paragraphExtent(a0).start(), a.paragraphExtent(a1).end());
      Span sb = new Span(b.paragraphExtent(b0).start(), b.paragraphExtent(b1).end());
      List<WordEdit> edits =
          WordDiff.edits(
              a,
              a.paragraphFirstToken(a0),
              a.paragraphEndToken(a1),
              b,
              b.paragraphFirstToken(b0),
              b.paragraphEndToken(b1));
      return a0 == a1
          ? new Change.Split(sa, sb, b1 - b0 + 1, edits, moved)
          : new Change.Merged(sa, sb, a1 - a0 + 1, edits, moved);
    }
  }

  /**
   * Finds paragraphs split up and merged among those not yet paired, and pairs them: a run of at
   * least two consecutive paragraphs of one text, each with most of its words in one longer
   * paragraph of the other, that together match that paragraph. The heaviest groups (by words) win
   * conflicts; the same groups are found with A and B swapped.
   */
  private static List<Group> splitsAndMerges(Sides s, int[] roleA, int[] roleB) {
    List<Group> found = new ArrayList<>();
    for (int[] g : runsInto(s, true, roleA, roleB)) {
      found.add(new Group(g[0], g[0], g[1], g[2], g[3]));
    }
    for (int[] g : runsInto(s, false, roleB, roleA)) {
      found.add(new Group(g[1], g[2], g[0], g[0], g[3]));
    }
    if (found.isEmpty()) {
      return List.of();
    }
    found.sort(
        Comparator.comparingLong((Group g) -> -g.words())
            .thenComparingInt(g -> g.a0() + g.b0())
            .thenComparingInt(g -> Math.abs(g.a0() - g.b0())));
    List<Group> kept = new ArrayList<>();
    for (Group g : found) {
      boolean free = true;
      for (int i = g.a0(); i <= g.a1() && free; i++) {
        free = s.partnerOfA[i] < 0;
      }
      for (int j = g.b0(); j <= g.b1() && free; j++) {
        free = s.partnerOfB[j] < 0;
      }
      if (!free) {
        continue;
      }
      for (int i = g.a0(); i <= g.a1(); i++) {
        s.partnerOfA[i] = g.b0();
      }
      for (int j = g.b0(); j <= g.b1(); j++) {
        s.partnerOfB[j] = g.a0();
      }
      kept.add(g);
    }
    return kept;
  }

  /**
   * Runs of consecutive unpaired paragraphs of one text (B when {@code intoA}, else A) that each
   * lie mostly inside one longer unpaired paragraph of the other (the whole) and together match it,
   * as {@code {paragraph of the whole, first part, last part, words}}.
   */
  private static List<int[]> runsInto(Sides s, boolean intoA, int[] roleWhole, int[] roleParts) {
    AnalyzedText whole = intoA ? s.a : s.b;
    AnalyzedText parts = intoA ? s.b : s.a;
    int[] partnerWhole = intoA ? s.partnerOfA : s.partnerOfB;
    int[] partnerParts = intoA ? s.partnerOfB : s.partnerOfA;
    Map<Long, List<Integer>> index = new HashMap<>();
    long[][] setsWhole = new long[whole.paragraphCount()][];
    for (int i = 0; i < setsWhole.length; i++) {
      if (roleWhole[i] == CANDIDATE && partnerWhole[i] < 0) {
        setsWhole[i] = s.words(intoA, i);
        for (long w : setsWhole[i]) {
          index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
    }
    int n = parts.paragraphCount();
    int[][] hosts = new int[n][]; // per part, the paragraphs of whole that could hold it, sorted
    long[][] setsParts = new long[n][];
    for (int j = 0; j < n; j++) {
      // a repeat inside the run (a short line such as "n/a" printed twice) is a part like any other
      if (roleParts[j] == BOILERPLATE || partnerParts[j] >= 0) {
        hosts[j] = new int[0];
        continue;
      }
      setsParts[j] = s.words(!intoA, j);
      hosts[j] = hostsOf(setsParts[j], tokens(parts, j), whole, setsWhole, index);
    }
    // runs of consecutive parts that some one paragraph could hold all of (a short line such as
    // "25%" fits many: its neighbours decide)
    List<int[]> out = new ArrayList<>();
    for (int j = 0; j < n; ) {
      int[] common = hosts[j];
      int k = j;
      while (common.length > 0 && k + 1 < n) {
        int[] next = intersect(common, hosts[k + 1]);
        if (next.length == 0) {
          break;
        }
        common = next;
        k++;
      }
      if (k > j) {
        int best = -1;
        double bestDice = 0;
        for (int i : common) {
          double dice = dice(setsWhole[i], setsParts, j, k);
          if (dice > bestDice) {
            best = i;
            bestDice = dice;
          }
        }
        if (bestDice >= WHOLE_SIMILARITY) {
          long words = tokens(whole, best);
          for (int q = j; q <= k; q++) {
            words += tokens(parts, q);
          }
          out.add(new int[] {best, j, k, (int) Math.min(Integer.MAX_VALUE, words)});
        }
      }
      j = k + 1;
    }
    return out;
  }

  /**
   * The paragraphs of {@code whole} (sorted) that hold at least {@link #PART_CONTAINED} of the
   * distinct words {@code part} and have more words than its {@code partTokens}. Such a paragraph
   * misses at most a fixed number of the part's words, so it holds one of that number plus one of
   * its rarest words: only their postings are read, never those of the words every paragraph has.
   */
  private static int[] hostsOf(
      long[] part,
      int partTokens,
      AnalyzedText whole,
      long[][] setsWhole,
      Map<Long, List<Integer>> index) {
    int n = part.length;
    if (n == 0) {
      return new int[0];
    }
    int need = Math.max(1, (int) Math.ceil(PART_CONTAINED * n - 1e-9));
    int[] candidates = candidates(part, need, index);
    int[] held = new int[candidates.length];
    int count = 0;
    for (int i : candidates) {
      if (partTokens < tokens(whole, i) && sharedCount(part, setsWhole[i], need) >= need) {
        held[count++] = i;
      }
    }
    int[] out = Arrays.copyOf(held, count);
    Arrays.sort(out);
    return out;
  }

  /**
   * The paragraphs (in the postings of {@code index}) that could hold at least {@code need} of the
   * distinct words {@code set}: those holding one of its {@code set.length - need + 1} rarest
   * words, since the others miss too many. The postings of the commonest words, which every
   * paragraph has, are never read.
   */
  private static int[] candidates(long[] set, int need, Map<Long, List<Integer>> index) {
    int n = set.length;
    long[] byRarity = new long[n]; // postings length << 32 | position in set
    for (int q = 0; q < n; q++) {
      byRarity[q] = (long) index.getOrDefault(set[q], List.of()).size() << 32 | q;
    }
    Arrays.sort(byRarity);
    Set<Integer> found = new HashSet<>();
    for (int q = 0; q <= n - need; q++) {
      found.addAll(index.getOrDefault(set[(int) byRarity[q]], List.of()));
    }
    int[] out = new int[found.size()];
    int k = 0;
    for (int i : found) {
      out[k++] = i;
    }
    return out;
  }

  /**
   * Number of values in both sorted, distinct arrays, or 0 once it can no longer reach {@code
   * need}.
   */
  private static int sharedCount(long[] x, long[] y, int need) {
    int shared = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (shared + Math.min(x.length - i, y.length - j) < need) {
        return 0;
      }
      if (x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** The values in both sorted arrays. */
  private static int[] intersect(int[] x, int[] y) {
    int[] out = new int[Math.min(x.length, y.length)];
    int n = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        out[n++] = x[i];
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Word-set Dice of {@code whole} and parts {@code [j, k]} read as one. */
  private static double dice(long[] whole, long[][] parts, int j, int k) {
    Set<Long> union = new HashSet<>();
    for (int q = j; q <= k; q++) {
      for (long w : parts[q]) {
        union.add(w);
      }
    }
    int shared = 0;
    for (long w : whole) {
      shared += union.contains(w) ? 1 : 0;
    }
    return 2.0 * shared / (whole.length + union.size());
  }

  private static int tokens(AnalyzedText t, int p) {
    return t.paragraphEndToken(p) - t.paragraphFirstToken(p);
  }

  private void pairSimilar(Sides s, int[] roleA, int[] roleB) {
    long[][] setsB = new long[s.nb][];
    Map<Long, List<Integer>> index = new HashMap<>();
    for (int j = 0; j < s.nb; j++) {
      if (roleB[j] == CANDIDATE && s.partnerOfB[j] < 0) {
        setsB[j] = s.words(false, j);
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
      long[] setA = s.words(true, i);
      if (setA.length == 0) {
        continue;
      }
      // a Dice of t needs at least t / (2 - t) of A's words in the other paragraph
      int need = Math.max(1, (int) Math.ceil(similarity * setA.length / (2 - similarity) - 1e-9));
      for (int j : candidates(setA, need, index)) {
        int b = setsB[j].length;
        if (2.0 * Math.min(setA.length, b) / (setA.length + b) < similarity) {
          continue; // too different in length to reach the similarity
        }
        int shared = sharedCount(setA, setsB[j], need);
        double dice = 2.0 * shared / (setA.length + b);
        if (shared > 0 && dice >= similarity) {
          pairs.add(new double[] {dice, i, j});
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

  /**
   * Marks the A paragraphs of the longest chain of pairs in the same order in both texts (weighted
   * by the words of both paragraphs, so a long paragraph stays put and a short one moves).
   */
  private static boolean[] longestOrderedRun(Sides s, int[] groupOfA) {
    int[] is = new int[s.na];
    int n = 0;
    for (int i = 0; i < s.na; i++) {
      // of a merge's A paragraphs only the first takes part; the others follow it
      boolean follower = groupOfA[i] >= 0 && i > 0 && groupOfA[i - 1] == groupOfA[i];
      if (s.partnerOfA[i] >= 0 && !follower) {
        is[n++] = i;
      }
    }
    long[] best = new long[n];
    int[] prev = new int[n];
    int top = -1;
    for (int x = 0; x < n; x++) {
      int i = is[x];
      long w = weight(s, i, groupOfA);
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
    for (int i = 1; i < s.na; i++) {
      if (groupOfA[i] >= 0 && groupOfA[i - 1] == groupOfA[i]) {
        inOrder[i] = inOrder[i - 1];
      }
    }
    return inOrder;
  }

  /**
   * The weight of the pair that A paragraph {@code i} leads: the words on both sides (all the
   * paragraphs of a split or merge), so that a diff and its mirror keep the same paragraphs in
   * place; in its low 32 bits (of which 16 are used, so that a chain's sum of them never outweighs
   * a word) a tie-break that is the same from either side.
   */
  private static long weight(Sides s, int i, int[] groupOfA) {
    int lastA = i;
    while (groupOfA[i] >= 0 && lastA + 1 < s.na && groupOfA[lastA + 1] == groupOfA[i]) {
      lastA++;
    }
    int j = s.partnerOfA[i];
    int lastB = j;
    while (lastB + 1 < s.nb && s.partnerOfB[lastB + 1] == i && groupOfA[i] >= 0) {
      lastB++;
    }
    long words =
        s.a.paragraphEndToken(lastA)
            - s.a.paragraphFirstToken(i)
            + s.b.paragraphEndToken(lastB)
            - s.b.paragraphFirstToken(j)
            + 1L;
    // ties break the same way from either side: an unchanged pair first, then by a mix of the two
    // paragraph hashes
    long hashA = s.a.paragraphHash(i);
    long hashB = s.b.paragraphHash(j);
    long unchanged = groupOfA[i] < 0 && hashA == hashB ? 1 : 0;
    return (words * 2 + unchanged) << 32 | ((hashA + hashB) * 0x9E3779B97F4A7C15L) >>> 48;
  }

  @Override
  public String toString() {
    return "RevisionDiff(similarity=" + similarity + ", recogniseChrome=" + recogniseChrome + ")";
  }
}
