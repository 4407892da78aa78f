package org.doppel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.doppel.verify.PairScores;
import org.doppel.verify.Relation;

/**
 * What {@link Dedup} found.
 *
 * @param documents every input document, in input order, with its cluster
 * @param pairs the verified pairs with a relation other than unrelated that {@link
 *     DedupOptions#pairs()} asks for: all of them by default ({@link Stats#relations()} counts them
 *     all either way)
 * @param boilerplate the recurring passages left out of similarity, most frequent first
 * @param stats counts and settings of the run
 */
public record DedupResult(
    List<Assignment> documents, List<Pair> pairs, List<Boilerplate> boilerplate, Stats stats) {

  /** Copies the lists. */
  public DedupResult {
    documents = List.copyOf(documents);
    // a run's own pair list is an immutable view of its primitive columns: copying it would make
    // a record of every pair
    pairs = pairs instanceof PairList ? pairs : List.copyOf(pairs);
    boilerplate = List.copyOf(boilerplate);
  }

  /**
   * One document's place in the clustering.
   *
   * @param id the document id
   * @param cluster cluster number (0, 1, ... in order of first appearance)
   * @param representative true for the one document kept per cluster
   * @param words number of tokens
   * @param shingles distinct shingles scored (after boilerplate)
   * @param byVocabulary whether the document is in its cluster by vocabulary alone: it was in a
   *     small cluster that joined this one by {@link
   *     org.doppel.cluster.ClusterOptions#attachByVocabulary()}, so no verified pair explains it
   */
  public record Assignment(
      String id,
      int cluster,
      boolean representative,
      int words,
      int shingles,
      boolean byVocabulary) {

    /** An assignment by text (not {@link #byVocabulary()}). */
    public Assignment(String id, int cluster, boolean representative, int words, int shingles) {
      this(id, cluster, representative, words, shingles, false);
    }
  }

  /**
   * A verified pair.
   *
   * @param a id of the first document (earlier in input order)
   * @param b id of the second document
   * @param relation how a relates to b
   * @param scores exact overlap of their shingle sets
   * @param figuresDiffer whether the pair is {@code partial} only because its figures differ: its
   *     shingles make it a {@code version} ({@link
   *     org.doppel.verify.RelationRule#differentFigures})
   */
  public record Pair(
      String a, String b, Relation relation, PairScores scores, boolean figuresDiffer) {}

  /**
   * A recurring passage treated as boilerplate.
   *
   * @param hash the paragraph hash, as 16 hex digits
   * @param text the passage (its first occurrence), or its start when {@code truncated}
   * @param truncated true when only the start of a long passage is kept
   * @param documents number of documents that hold it
   */
  public record Boilerplate(String hash, String text, boolean truncated, int documents) {}

  /**
   * Counts and settings of a run.
   *
   * @param documents documents read
   * @param emptyDocuments documents without any word
   * @param clusters clusters, singletons included
   * @param duplicates documents that are not their cluster's representative
   * @param candidatePairs pairs verified exactly
   * @param relations the pairs with a relation, by relation (verified pairs, and each exact copy
   *     with the first of its copies), whether or not {@link DedupResult#pairs()} lists them;
   *     relations without a pair are left out, and the map iterates in the order of {@link
   *     Relation}
   * @param characters characters read
   * @param recipe the printed pipeline recipe
   * @param spilledBytes bytes of shingles written to the temporary spill file because they did not
   *     fit the heap budget ({@link DedupOptions.Storage}); 0 when everything stayed on the heap
   */
  public record Stats(
      int documents,
      int emptyDocuments,
      int clusters,
      int duplicates,
      long candidatePairs,
      Map<Relation, Long> relations,
      long characters,
      String recipe,
      long spilledBytes) {

    /** Copies the counts. */
    public Stats {
      relations =
          relations.isEmpty()
              ? Map.of()
              : Collections.unmodifiableMap(new EnumMap<Relation, Long>(relations));
    }

    /** The pairs with a relation, listed or not: the sum of {@link #relations()}. */
    public long relatedPairs() {
      return relations.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
