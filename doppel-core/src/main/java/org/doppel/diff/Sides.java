package org.doppel.diff;

import java.util.Arrays;
import org.doppel.text.AnalyzedText;

/** The paragraph pairing of a diff in progress, and where each change goes in reading order. */
final class Sides {

  final AnalyzedText a;
  final AnalyzedText b;
  final int na;
  final int nb;
  final int[] partnerOfA;
  final int[] partnerOfB;

  Sides(AnalyzedText a, AnalyzedText b) {
    this.a = a;
    this.b = b;
    this.na = a.paragraphCount();
    this.nb = b.paragraphCount();
    this.partnerOfA = new int[na];
    this.partnerOfB = new int[nb];
    Arrays.fill(partnerOfA, -1);
    Arrays.fill(partnerOfB, -1);
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
