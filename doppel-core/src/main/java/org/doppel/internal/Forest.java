package org.doppel.internal;

/**
 * Disjoint sets kept in a plain parent array ({@code parent[i] == i} for a root), for the stages
 * that group documents: path halving on lookup, and joins that keep the smaller root, so the root
 * of a set is its smallest member whatever order the joins come in.
 */
public final class Forest {

  private Forest() {}

  /** The root of the set holding {@code i}, halving the path on the way. */
  public static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code x} and {@code y} under the smaller of their roots. */
  public static void join(int[] parent, int x, int y) {
    int rx = root(parent, x);
    int ry = root(parent, y);
    if (rx != ry) {
      parent[Math.max(rx, ry)] = Math.min(rx, ry);
    }
  }
}
