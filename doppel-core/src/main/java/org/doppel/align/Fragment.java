package org.doppel.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A candidate passage in sentence units: {@code [a0, a1]} of A and {@code [b0, b1]} of B. Immutable
 * but for the refiner's memo; used by one alignment, on one thread.
 */
final class Fragment {

  final int a0;
  final int a1;
  final int b0;
  final int b1;
  final double score;
  final int seeds;
  final int charsA;
  final int charsB;

  /**
   * {@link BoundaryRefiner}'s memo, so that narrowing a fragment and then making it a passage
   * measure it once: its copied fraction (NaN until measured) and, once {@code runKnown}, its
   * copied run (null when there is none).
   */
  double copied = Double.NaN;

  int[] run;
  boolean runKnown;

  Fragment(int a0, int a1, int b0, int b1, double score, int seeds, int charsA, int charsB) {
    this.a0 = a0;
    this.a1 = a1;
    this.b0 = b0;
    this.b1 = b1;
    this.score = score;
    this.seeds = seeds;
    this.charsA = charsA;
    this.charsB = charsB;
  }

  int size() {
    return a1 - a0 + 1 + b1 - b0 + 1;
  }

  int longerSide() {
    return Math.max(charsA, charsB);
  }

  int shorterSide() {
    return Math.min(charsA, charsB);
  }

  boolean overlaps(Fragment o) {
    return (a0 <= o.a1 && o.a0 <= a1) || (b0 <= o.b1 && o.b0 <= b1);
  }

  /** Keeps the strongest of overlapping fragments (score times size), greedily. */
  static List<Fragment> dropOverlaps(List<Fragment> fragments) {
    List<Fragment> sorted = new ArrayList<>(fragments);
    sorted.sort(
        Comparator.comparingDouble((Fragment f) -> -f.score * f.size())
            .thenComparingInt(f -> f.a0 + f.b0)
            .thenComparingInt(f -> Math.min(f.a0, f.b0)));
    List<Fragment> kept = new ArrayList<>();
    for (Fragment f : sorted) {
      boolean free = true;
      for (Fragment k : kept) {
        if (k.overlaps(f)) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(f);
      }
    }
    return kept;
  }
}
