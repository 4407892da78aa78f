package org.doppel.diff;

import java.util.Arrays;
import org.doppel.shingle.ShingleSet;
import org.doppel.text.AnalyzedText;

/** The paragraph pairing of a diff in progress, and where each change goes in reading order. */
final class Sides {

  final AnalyzedText a;
  final AnalyzedText b;
  final int na;
  final int nb;
  final int[] partnerOfA;
  final int[] partnerOfB;
  private final long[][] wordsA;
  private final long[][] wordsB;

  Sides(AnalyzedText a, AnalyzedText b) {
    this.a = a;
    this.b = b;
    this.na = a.paragraphCount();
    this.nb = b.paragraphCount();
    this.partnerOfA = new int[na];
    this.partnerOfB = new int[nb];
    Arrays.fill(partnerOfA, -1);
    Arrays.fill(partnerOfB, -1);
    this.wordsA = new long[na][];
    this.wordsB = new long[nb][];
  }

  /** The sorted distinct word hashes of paragraph {@code p} of A (or of B), computed once. */
  long[] words(boolean ofA, int p) {
    long[][] cache = ofA ? wordsA : wordsB;
    if (cache[p] == null) {
      AnalyzedText t = ofA ? a : b;
      long[] w = new long[t.paragraphEndToken(p) - t.paragraphFirstToken(p)];
      for (int k = 0; k < w.length; k++) {
        w[k] = t.tokenHash(t.paragraphFirstToken(p) + k);
      }
      cache[p] = Arrays.copyOf(w, ShingleSet.sortDistinct(w, w.length));
    }
    return cache[p];
  }

  void pair(int i, int j) {
    partnerOfA[i] = j;
    partnerOfB[j] = i;
  }

  Placed paired(int i, int j, Change c) {
    return new Placed(j, 0, 0, c);
  }

  /**
   * An A-only change goes after the B partner of the nearest A paragraph before it that kept its
   * place.
   */
  Placed onlyA(int i, Change c, boolean[] inOrder) {
    int after = -1;
    for (int k = i - 1; k >= 0; k--) {
      if (partnerOfA[k] >= 0 && inOrder[k]) {
        after = partnerOfA[k];
        break;
      }
    }
    return new Placed(after + 0.5, 1, i, c);
  }
}
