package org.doppel.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Joins seeds into fragments: two seeds belong together when they are at most {@code gap} units
 * apart in A and in B (single linkage, so the result does not depend on which text is A). A
 * fragment whose whole-range cosine falls below the validation threshold is re-joined with a
 * smaller gap.
 */
final class SeedJoiner {

  private final UnitSimilarity sim;
  private final double validation;

  SeedJoiner(UnitSimilarity sim, double validation) {
    this.sim = sim;
    this.validation = validation;
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
      List<int[]> chain = chains && isLopsided(g) ? longestChain(g, gap) : g;
      int a0 = Integer.MAX_VALUE;
      int a1 = -1;
      int b0 = Integer.MAX_VALUE;
      int b1 = -1;
      for (int[] x : chain) {
        a0 = Math.min(a0, x[0]);
        a1 = Math.max(a1, x[0]);
        b0 = Math.min(b0, x[1]);
        b1 = Math.max(b1, x[1]);
      }
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

  /** True when one side of the seeds' box spans over twice as many units as the other. */
  private static boolean isLopsided(List<int[]> g) {
    int a0 = Integer.MAX_VALUE;
    int a1 = -1;
    int b0 = Integer.MAX_VALUE;
    int b1 = -1;
    for (int[] x : g) {
      a0 = Math.min(a0, x[0]);
      a1 = Math.max(a1, x[0]);
      b0 = Math.min(b0, x[1]);
      b1 = Math.max(b1, x[1]);
    }
    int da = a1 - a0 + 1;
    int db = b1 - b0 + 1;
    return da > 2 * db || db > 2 * da;
  }

  /**
   * The longest run of seeds that goes forward in both texts, each step at most {@code gap} units:
   * the diagonal of a copied passage, without the stray seeds of repeated sentences around it.
   */
  private static List<int[]> longestChain(List<int[]> g, int gap) {
    int n = g.size();
    if (n == 1) {
      return g;
    }
    int[] best = new int[n];
    int[] prev = new int[n];
    int top = 0;
    for (int i = 0; i < n; i++) {
      best[i] = 1;
      prev[i] = -1;
      int[] x = g.get(i);
      for (int j = i - 1; j >= 0 && x[0] - g.get(j)[0] <= gap; j--) {
        int[] y = g.get(j);
        int db = x[1] - y[1];
        if (db >= 0 && db <= gap && (db > 0 || x[0] > y[0]) && best[j] + 1 > best[i]) {
          best[i] = best[j] + 1;
          prev[i] = j;
        }
      }
      if (best[i] > best[top]) {
        top = i;
      }
    }
    List<int[]> chain = new ArrayList<>();
    for (int i = top; i >= 0; i = prev[i]) {
      chain.add(g.get(i));
    }
    return chain;
  }

  private static int chars(Units u, int from, int to) {
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
