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

  void join(List<int[]> seeds, int gap, List<Fragment> out) {
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
      double score = sim.rangeCosine(a0, a1, b0, b1);
      if (score >= validation || g.size() == 1) {
        out.add(
            new Fragment(
                a0, a1, b0, b1, score, g.size(), chars(sim.a, a0, a1), chars(sim.b, b0, b1)));
      } else if (gap > 1) {
        join(g, gap - 1, out);
      }
    }
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
