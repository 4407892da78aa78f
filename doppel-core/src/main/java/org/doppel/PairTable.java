package org.doppel;

import java.util.Arrays;
import org.doppel.lsh.CandidateFinder;
import org.doppel.verify.PairScores;
import org.doppel.verify.Relation;

/**
 * Verified pairs of one {@link Dedup} run as parallel primitive columns, in the order of their
 * packed pairs ({@link CandidateFinder#pair}: by first, then second document). A pair costs 21
 * bytes here against about 70 as a record holding its {@link PairScores}, which matters where near
 * copies of one text make hundreds of verified pairs per document. The set sizes of {@link
 * PairScores} are the documents' own and are not repeated per pair. Mutable, owned by one run.
 */
// a relation is stored as its ordinal, one byte a pair, and read back through Relation.values()
@SuppressWarnings("EnumOrdinal")
final class PairTable {

  /** The bit of {@link #relation} that says the figures differ ({@link Dedup}'s figure test). */
  private static final byte FIGURES_DIFFER = (byte) 0x80;

  private static final Relation[] RELATIONS = Relation.values();

  /** The pairs, packed as {@link CandidateFinder#pair}. */
  final long[] pair;

  /** Shingles in both. */
  final int[] shared;

  /** Anchor paragraphs in both ({@link PairScores#sharedParagraphs}). */
  final int[] paragraphs;

  /** Anchor sentences in both ({@link PairScores#sharedSentences}). */
  final int[] sentences;

  /** The relation's ordinal, with {@link #FIGURES_DIFFER} set where the figures differ. */
  private final byte[] relation;

  /** A table of {@code pairs.length} rows for these pairs, all unrelated until set. */
  PairTable(long[] pairs) {
    this.pair = pairs;
    int m = pairs.length;
    this.shared = new int[m];
    this.paragraphs = new int[m];
    this.sentences = new int[m];
    this.relation = new byte[m];
    Arrays.fill(relation, (byte) Relation.UNRELATED.ordinal());
  }

  /** Number of rows. */
  int size() {
    return pair.length;
  }

  /** The first (smaller) document index of row {@code k}. */
  int first(int k) {
    return CandidateFinder.first(pair[k]);
  }

  /** The second document index of row {@code k}. */
  int second(int k) {
    return CandidateFinder.second(pair[k]);
  }

  /** The relation of row {@code k}. */
  Relation relation(int k) {
    return RELATIONS[relation[k] & 0x7F];
  }

  /** Whether row {@code k} is {@code partial} only because its figures differ. */
  boolean figuresDiffer(int k) {
    return (relation[k] & FIGURES_DIFFER) != 0;
  }

  /** Sets row {@code k}'s relation and figure flag. */
  void setRelation(int k, Relation r, boolean figuresDiffer) {
    relation[k] = (byte) (r.ordinal() | (figuresDiffer ? FIGURES_DIFFER : 0));
  }

  /** Sets row {@code k}'s counts and relation. */
  void set(int k, PairScores s, Relation r, boolean figuresDiffer) {
    shared[k] = s.shared();
    paragraphs[k] = s.sharedParagraphs();
    sentences[k] = s.sharedSentences();
    setRelation(k, r, figuresDiffer);
  }

  /** Row {@code k}'s scores, given the set sizes of its two documents. */
  PairScores scores(int k, int sizeA, int sizeB) {
    return new PairScores(shared[k], sizeA, sizeB, paragraphs[k], sentences[k]);
  }

  /**
   * The rows with a relation, merged in pair order with {@code extra} (rows of pairs that are not
   * in this table, such as each exact copy with the first of its copies).
   */
  PairTable related(PairTable extra) {
    int count = 0;
    for (int k = 0; k < size(); k++) {
      if (relation(k) != Relation.UNRELATED) {
        count++;
      }
    }
    PairTable out = new PairTable(new long[count + extra.size()]);
    int x = 0;
    int y = 0;
    for (int o = 0; o < out.size(); o++) {
      while (x < size() && relation(x) == Relation.UNRELATED) {
        x++;
      }
      boolean fromThis = y == extra.size() || (x < size() && pair[x] < extra.pair[y]);
      if (fromThis) {
        out.copyRow(o, this, x++);
      } else {
        out.copyRow(o, extra, y++);
      }
    }
    return out;
  }

  private void copyRow(int to, PairTable from, int k) {
    pair[to] = from.pair[k];
    shared[to] = from.shared[k];
    paragraphs[to] = from.paragraphs[k];
    sentences[to] = from.sentences[k];
    relation[to] = from.relation[k];
  }
}
