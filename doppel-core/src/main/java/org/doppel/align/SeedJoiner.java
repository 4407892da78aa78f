package org.doppel.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Joins seeds into fragments: two seeds belong together when they are at most {@code gap} units
 * apart in A and in B (single linkage, so the result does not depend on which text is A). A
 * fragment whose whole-range cosine falls below the validation threshold is re-joined with a
 * smaller gap. Two exact copies in swapped order (A holds X then Y, B holds Y then X), which single
 * linkage joins where they meet, are taken apart again.
 */
final class SeedJoiner {

  private final UnitSimilarity sim;
  private final double validation;
  private final BoundaryRefiner refiner;

  SeedJoiner(UnitSimilarity sim, double validation, BoundaryRefiner refiner) {
    this.sim = sim;
    this.validation = validation;
    this.refiner = refiner;
  }

  void join(List<int[]> seeds, int gap, boolean chains, List<Fragment> out) {
    if (seeds.isEmpty()) {
      return;
    }
    int[][] s = seeds.toArray(new int[0][]);
    Arrays.sort(s, Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
    int[] parent = new int[s.length];
    for (int i = 0; i < s.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < s.length; i++) {
      for (int j = i + 1; j < s.length && s[j][0] - s[i][0] <= gap; j++) {
        if (Math.abs(s[j][1] - s[i][1]) <= gap) {
          union(parent, i, j);
        }
      }
    }
    List<List<int[]>> groups = new ArrayList<>();
    int[] groupOf = new int[s.length];
    Arrays.fill(groupOf, -1);
    for (int i = 0; i < s.length; i++) {
      int r = find(parent, i);
      if (groupOf[r] < 0) {
        groupOf[r] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(groupOf[r]).add(s[i]);
    }
    for (List<int[]> g : groups) {
      List<int[]> chain = g;
      if (chains && g.size() > 1) {
        List<int[]> longest = longestChain(g, gap);
        if (isLopsided(g) || crossesOver(g, longest)) {
          chain = longest;
        }
      }
      int[] box = box(chain);
      int a0 = box[0];
      int a1 = box[1];
      int b0 = box[2];
      int b1 = box[3];
      List<int[]> rest = new ArrayList<>();
      for (int[] x : g) {
        if ((x[0] < a0 || x[0] > a1) && (x[1] < b0 || x[1] > b1)) {
          rest.add(x);
        }
      }
      double score = sim.rangeCosine(a0, a1, b0, b1);
      if (score >= validation || chain.size() == 1) {
        out.add(
            new Fragment(
                a0, a1, b0, b1, score, chain.size(), chars(sim.a, a0, a1), chars(sim.b, b0, b1)));
      } else if (gap > 1) {
        join(chain, gap - 1, chains, out);
      }
      if (!rest.isEmpty()) {
        join(rest, gap, chains, out);
      }
    }
  }

  /**
   * True when two or more seeds of {@code g} come before the box of {@code chain} in one text and
   * after it in the other, and both that crossing run and the chain are exact copies ({@link
   * BoundaryRefiner#isVerbatim}): two copied blocks in swapped order. Snapped to exact matches as
   * one, such a fragment would keep one block and lose the other. Obfuscated text, whose sentences
   * are often shuffled inside one copied passage, stays one fragment.
   */
  private boolean crossesOver(List<int[]> g, List<int[]> chain) {
    int[] box = box(chain);
    int[] before = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1, 0};
    int[] after = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1, 0};
    for (int[] x : g) {
      if (x[0] < box[0] && x[1] > box[3]) {
        widen(before, x);
      } else if (x[0] > box[1] && x[1] < box[2]) {
        widen(after, x);
      }
    }
    int[] crossing = before[4] >= after[4] ? before : after;
    return crossing[4] >= 1
        && refiner.isVerbatim(crossing[0], crossing[1], crossing[2], crossing[3])
        && refiner.isVerbatim(box[0], box[1], box[2], box[3]);
  }

  /** The units {@code {a0, a1, b0, b1}} the seeds span, and their number. */
  private static int[] box(List<int[]> seeds) {
    int[] box = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1, 0};
    for (int[] x : seeds) {
      widen(box, x);
    }
    return box;
  }

  /** Widens {@code box} ({@code a0, a1, b0, b1, seeds}) to hold seed {@code x}. */
  private static void widen(int[] box, int[] x) {
    box[0] = Math.min(box[0], x[0]);
    box[1] = Math.max(box[1], x[0]);
    box[2] = Math.min(box[2], x[1]);
    box[3] = Math.max(box[3], x[1]);
    box[4]++;
  }

  /** True when one side of the seeds' box spans over twice as many units as the other. */
  private static boolean isLopsided(List<int[]> g) {
    int[] box = box(g);
    int da = box[1] - box[0] + 1;
    int db = box[3] - box[2] + 1;
    return da > 2 * db || db > 2 * da;
  }

  /**
   * The longest run of seeds that goes forward in both texts, each step at most {@code gap} units:
   * the diagonal of a copied passage, without the stray seeds of repeated sentences around it. Of
   * runs equally long, the one chosen step by step by what is the same with A and B swapped: the
   * seed first in both texts (smallest sum of its units, then smallest nearer unit, then most
   * similar), so that the choice mirrors. {@code g} is sorted by A unit, then B unit.
   */
  private List<int[]> longestChain(List<int[]> g, int gap) {
    int n = g.size();
    if (n == 1) {
      return g;
    }
    int[] starting = new int[n]; // the longest run starting at each seed
    int longest = 0;
    for (int i = n - 1; i >= 0; i--) {
      starting[i] = 1;
      for (int j = i + 1; j < n && g.get(j)[0] - g.get(i)[0] <= gap; j++) {
        if (precedes(g.get(i), g.get(j), gap)) {
          starting[i] = Math.max(starting[i], starting[j] + 1);
        }
      }
      longest = Math.max(longest, starting[i]);
    }
    int at = -1; // a seed starting a longest run, which no seed can precede
    for (int i = 0; i < n; i++) {
      if (starting[i] == longest && (at < 0 || isFirst(g.get(i), g.get(at)))) {
        at = i;
      }
    }
    List<int[]> chain = new ArrayList<>(longest);
    chain.add(g.get(at));
    while (starting[at] > 1) {
      int next = -1;
      for (int j = at + 1; j < n && g.get(j)[0] - g.get(at)[0] <= gap; j++) {
        if (starting[j] == starting[at] - 1
            && precedes(g.get(at), g.get(j), gap)
            && (next < 0 || isFirst(g.get(j), g.get(next)))) {
          next = j;
        }
      }
      at = next;
      chain.add(g.get(at));
    }
    return chain;
  }

  /** Whether seed {@code y} may come right before seed {@code x} in a run: forward, near. */
  private static boolean precedes(int[] y, int[] x, int gap) {
    int da = x[0] - y[0];
    int db = x[1] - y[1];
    return da >= 0 && da <= gap && db >= 0 && db <= gap && (da > 0 || db > 0);
  }

  /** Whether seed {@code x} comes before seed {@code y} by keys that do not change with A and B. */
  private boolean isFirst(int[] x, int[] y) {
    int c = Integer.compare(x[0] + x[1], y[0] + y[1]);
    if (c == 0) {
      c = Integer.compare(Math.min(x[0], x[1]), Math.min(y[0], y[1]));
    }
    if (c == 0) {
      // rounded so that the last bits of floating-point sums never decide
      long cx = Math.round(sim.rangeCosine(x[0], x[0], x[1], x[1]) * 1e9);
      long cy = Math.round(sim.rangeCosine(y[0], y[0], y[1], y[1]) * 1e9);
      c = Long.compare(cy, cx);
    }
    return c < 0;
  }

  /** Characters from the start of unit {@code from} to the end of unit {@code to}. */
  static int chars(Units u, int from, int to) {
    return u.text.tokenEnd(u.tokenTo[to] - 1) - u.text.tokenStart(u.tokenFrom[from]);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    int ri = find(parent, i);
    int rj = find(parent, j);
    if (ri != rj) {
      parent[Math.max(ri, rj)] = Math.min(ri, rj);
    }
  }
}
