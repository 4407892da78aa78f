package org.doppel;

import java.util.List;
import java.util.Objects;
import org.doppel.align.Passage;
import org.doppel.diff.Change;
import org.doppel.verify.PairScores;
import org.doppel.verify.Relation;

/**
 * What {@link Compare} found for documents A and B.
 *
 * @param aId A's id as given
 * @param aLength A's length in characters (UTF-16 units, as Java counts them)
 * @param bId B's id as given
 * @param bLength B's length
 * @param scores exact shingle overlap, as {@code dedup} computes it
 * @param relation how A relates to B, as {@code dedup} classifies it
 * @param figures the figures (numbers) each text states outside boilerplate, and how many both do
 * @param passages the shared passages, by start in A
 * @param changes the paragraph changes, in reading order of B
 */
public record CompareResult(
    String aId,
    int aLength,
    String bId,
    int bLength,
    PairScores scores,
    Relation relation,
    Figures figures,
    List<Passage> passages,
    List<Change> changes) {

  /** Checks and copies the fields. */
  public CompareResult {
    Objects.requireNonNull(aId, "aId");
    Objects.requireNonNull(bId, "bId");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(figures, "figures");
    passages = List.copyOf(passages);
    changes = List.copyOf(changes);
  }

  /**
   * The distinct figures of A and of B, outside boilerplate, and how many are in both.
   *
   * @param a figures of A
   * @param b figures of B
   * @param shared figures in both
   * @param differ whether they made a pair that the shingle rules call a {@code version} only
   *     {@code partial} ({@link org.doppel.verify.RelationRule#differentFigures})
   */
  public record Figures(int a, int b, int shared, boolean differ) {}
}
