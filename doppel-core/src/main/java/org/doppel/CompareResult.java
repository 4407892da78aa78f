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
    List<Passage> passages,
    List<Change> changes) {

  /** Checks and copies the fields. */
  public CompareResult {
    Objects.requireNonNull(aId, "aId");
    Objects.requireNonNull(bId, "bId");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(relation, "relation");
    passages = List.copyOf(passages);
    changes = List.copyOf(changes);
  }
}
