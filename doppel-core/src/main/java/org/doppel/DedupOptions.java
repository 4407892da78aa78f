package org.doppel;

import java.io.Serializable;
import java.util.Objects;
import org.doppel.boilerplate.BoilerplateOptions;
import org.doppel.cluster.ClusterOptions;
import org.doppel.lsh.LshParams;
import org.doppel.verify.RelationRule;

/**
 * Everything {@link Dedup} can be told. Start from {@link #defaults()} and change what you need.
 *
 * @param shingleSize words per shingle
 * @param candidates how candidate pairs are found
 * @param relations how verified scores become relations
 * @param boilerplate how recurring passages are found
 * @param clusters how clusters grow
 * @param keep which document represents its cluster
 * @param threads worker threads (at least 1)
 * @param storage where shingle sets are kept
 * @param pairs which verified pairs the result lists
 */
public record DedupOptions(
    int shingleSize,
    CandidateOptions candidates,
    RelationRule relations,
    BoilerplateOptions boilerplate,
    ClusterOptions clusters,
    Keep keep,
    int threads,
    Storage storage,
    Pairs pairs)
    implements Serializable {

  /** Checks the values. */
  public DedupOptions {
    if (shingleSize < 1) {
      throw new IllegalArgumentException("shingleSize must be >= 1, got " + shingleSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(relations, "relations");
    Objects.requireNonNull(boilerplate, "boilerplate");
    Objects.requireNonNull(clusters, "clusters");
    Objects.requireNonNull(keep, "keep");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(pairs, "pairs");
  }

  /** The calibrated defaults, using every available processor. */
  public static DedupOptions defaults() {
    return new DedupOptions(
        5,
        CandidateOptions.defaults(),
        RelationRule.defaults(),
        BoilerplateOptions.defaults(),
        ClusterOptions.defaults(),
        Keep.FIRST,
        Runtime.getRuntime().availableProcessors(),
        Storage.defaults(),
        Pairs.ALL);
  }

  /**
   * The preset for revision histories (wikis, archives of one site): {@link
   * RelationRule#revisions()}, an LSH S-curve centred lower (Jaccard 0.1) to find the rewritten
   * revisions those relations accept, and small clusters attaching by shared passages too ({@link
   * ClusterOptions#attachByPassages()}).
   */
  public static DedupOptions revisions() {
    DedupOptions d = defaults();
    return d.withRelations(RelationRule.revisions())
        .withCandidates(d.candidates().withThreshold(0.1))
        .withClusters(
            d.clusters().withAttachByPassages(true).withAttachByVocabulary(REVISIONS_VOCABULARY));
  }

  /**
   * The cosine at which {@link #revisions()} attaches a small cluster by vocabulary ({@link
   * org.doppel.cluster.VocabularyAttach}).
   */
  public static final double REVISIONS_VOCABULARY = 0.15;

  /** A copy with another candidate search. */
  public DedupOptions withCandidates(CandidateOptions value) {
    return new DedupOptions(
        shingleSize, value, relations, boilerplate, clusters, keep, threads, storage, pairs);
  }

  /** A copy with other relation thresholds. */
  public DedupOptions withRelations(RelationRule value) {
    return new DedupOptions(
        shingleSize, candidates, value, boilerplate, clusters, keep, threads, storage, pairs);
  }

  /** A copy with other boilerplate options. */
  public DedupOptions withBoilerplate(BoilerplateOptions value) {
    return new DedupOptions(
        shingleSize, candidates, relations, value, clusters, keep, threads, storage, pairs);
  }

  /** A copy with other cluster options. */
  public DedupOptions withClusters(ClusterOptions value) {
    return new DedupOptions(
        shingleSize, candidates, relations, boilerplate, value, keep, threads, storage, pairs);
  }

  /** A copy with another representative policy. */
  public DedupOptions withKeep(Keep value) {
    return new DedupOptions(
        shingleSize, candidates, relations, boilerplate, clusters, value, threads, storage, pairs);
  }

  /** A copy with another thread count. */
  public DedupOptions withThreads(int value) {
    return new DedupOptions(
        shingleSize, candidates, relations, boilerplate, clusters, keep, value, storage, pairs);
  }

  /** A copy with another shingle size. */
  public DedupOptions withShingleSize(int value) {
    return new DedupOptions(
        value, candidates, relations, boilerplate, clusters, keep, threads, storage, pairs);
  }

  /** A copy with another storage. */
  public DedupOptions withStorage(Storage value) {
    return new DedupOptions(
        shingleSize, candidates, relations, boilerplate, clusters, keep, threads, value, pairs);
  }

  /** A copy that lists other verified pairs. */
  public DedupOptions withPairs(Pairs value) {
    return new DedupOptions(
        shingleSize, candidates, relations, boilerplate, clusters, keep, threads, storage, value);
  }

  /**
   * Where shingle sets live during a run: in direct memory (off the Java heap) up to {@code
   * memoryBudgetBytes}, beyond that in a memory-mapped temporary file in {@code directory}, so that
   * memory grows with the number of documents, not with their text.
   *
   * @param directory folder of the temporary file, or {@code null} for the system's
   * @param memoryBudgetBytes shingle bytes kept in memory before spilling
   */
  public record Storage(String directory, long memoryBudgetBytes) implements Serializable {

    /** Checks the budget. */
    public Storage {
      if (memoryBudgetBytes < 0) {
        throw new IllegalArgumentException(
            "memoryBudgetBytes must be >= 0, got " + memoryBudgetBytes);
      }
    }

    /**
     * The system's temporary directory; a quarter of the maximum heap (direct memory is capped at
     * the maximum heap unless {@code -XX:MaxDirectMemorySize} says otherwise). Spilling costs: on
     * the 1M benchmark corpus (-Xmx16g, about 4 GB of shingle sets) a budget of 1 GiB spilled 2.9
     * GB and took 1.2x to 1.26x the wall time of a budget that kept them all.
     */
    public static Storage defaults() {
      return new Storage(null, Runtime.getRuntime().maxMemory() / 4);
    }
  }

  /** Which document represents its cluster. */
  public enum Keep {
    /** The first in input order. */
    FIRST,
    /**
     * The one with the most words outside boilerplate (then the fewest words in all; ties: first),
     * so that a copy wrapped in site chrome does not represent the clean article.
     */
    LONGEST,
    /**
     * The one with the earliest date, compared as instants ({@link org.doppel.text.Dates#instant});
     * documents without one come last; ties: first.
     */
    EARLIEST
  }

  /**
   * Which verified pairs {@link DedupResult#pairs()} lists. Every choice verifies and clusters the
   * same pairs, and {@link DedupResult.Stats#relations()} counts them all; only the list differs. A
   * story with n near-copies gives n times a few hundred pairs (candidate search compares each copy
   * with up to {@link CandidateOptions#maxBucket()} others in every LSH band), so listing them all
   * can cost more memory and output than the rest of the run.
   */
  public enum Pairs {
    /** Every verified pair with a relation. */
    ALL,
    /**
     * The pairs that explain each cluster, n − 1 for a cluster of n ({@link
     * org.doppel.cluster.ClusterTrees}): each member's pair with its representative where that pair
     * was verified, else its strongest pair with a member one step closer to the representative.
     * Pairs between clusters are left out.
     */
    CLUSTERS,
    /** None: only their counts. */
    NONE
  }

  /**
   * How candidate pairs are found before exact verification.
   *
   * @param components sketch components available per document (hash4j SuperMinHash): the banding
   *     ({@link #lsh()}) is chosen within them, and a sketch holds as many as it uses
   * @param threshold Jaccard similarity the LSH S-curve is centred for
   * @param fnWeight weight of missed pairs against extra verifications when choosing the banding
   * @param sharedParagraphs also pair documents that share a whole anchor paragraph (of at least
   *     {@link org.doppel.shingle.Shingler#ANCHOR_WORDS} words; finds excerpts and containment far
   *     below the Jaccard threshold)
   * @param maxBucket largest bucket paired in full
   * @param exhaustive verify every pair instead (quadratic: for small corpora and for measuring
   *     what the candidate search misses)
   * @param passageWindow also pair documents that share a passage, however small a part of each:
   *     the window of {@link org.doppel.lsh.PassageFingerprints} (a shared run of this many
   *     shingles always gives a same fingerprint), 0 for none
   * @param passageMinShared fingerprints two documents must share to become a candidate that way
   */
  public record CandidateOptions(
      int components,
      double threshold,
      double fnWeight,
      boolean sharedParagraphs,
      int maxBucket,
      boolean exhaustive,
      int passageWindow,
      int passageMinShared)
      implements Serializable {

    /**
     * A fingerprint held by more documents than this pairs none of them ({@link
     * org.doppel.lsh.PassageFingerprints#maxHolders}): a phrase that common is no shared passage.
     */
    public static final int PASSAGE_MAX_HOLDERS = 64;

    /** Checks the values. */
    public CandidateOptions {
      if (components < 1) {
        throw new IllegalArgumentException("components must be >= 1, got " + components);
      }
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
      }
      if (maxBucket < 2) {
        throw new IllegalArgumentException("maxBucket must be >= 2, got " + maxBucket);
      }
      if (passageWindow < 0) {
        throw new IllegalArgumentException("passageWindow must be >= 0, got " + passageWindow);
      }
      if (passageMinShared < 1) {
        throw new IllegalArgumentException(
            "passageMinShared must be >= 1, got " + passageMinShared);
      }
    }

    /** The passage search these options ask for, or null for none. */
    public org.doppel.lsh.PassageFingerprints passages() {
      return passageWindow == 0 || exhaustive
          ? null
          : new org.doppel.lsh.PassageFingerprints(
              passageWindow, passageMinShared, PASSAGE_MAX_HOLDERS);
    }

    /**
     * Defaults: up to 64 components, S-curve for Jaccard 0.2 (within 64 components, 16 bands of one
     * component each), shared anchor paragraphs, no passage search (it finds far more of the pairs
     * that share only a passage, at about 1.2x the run time: README, "Candidates"). 128 would allow
     * 64 bands of 2 rows, a curve that finds fewer pairs below Jaccard 0.3 at four times the
     * sketching cost (README, "Candidates").
     */
    public static CandidateOptions defaults() {
      return new CandidateOptions(64, 0.2, 0.9, true, 200, false, 0, 2);
    }

    /** The LSH banding: the best for {@link #threshold} within {@link #components}. */
    public LshParams lsh() {
      return LshParams.forThreshold(threshold, components, fnWeight);
    }

    /** A copy with another LSH threshold. */
    public CandidateOptions withThreshold(double value) {
      return new CandidateOptions(
          components,
          value,
          fnWeight,
          sharedParagraphs,
          maxBucket,
          exhaustive,
          passageWindow,
          passageMinShared);
    }

    /** A copy with shared-paragraph candidates on or off. */
    public CandidateOptions withSharedParagraphs(boolean value) {
      return new CandidateOptions(
          components,
          threshold,
          fnWeight,
          value,
          maxBucket,
          exhaustive,
          passageWindow,
          passageMinShared);
    }

    /** A copy that verifies every pair (or not). */
    public CandidateOptions withExhaustive(boolean value) {
      return new CandidateOptions(
          components,
          threshold,
          fnWeight,
          sharedParagraphs,
          maxBucket,
          value,
          passageWindow,
          passageMinShared);
    }

    /**
     * A copy with another passage search: window {@code window} (0 for none), {@code minShared}
     * fingerprints in common.
     */
    public CandidateOptions withPassages(int window, int minShared) {
      return new CandidateOptions(
          components,
          threshold,
          fnWeight,
          sharedParagraphs,
          maxBucket,
          exhaustive,
          window,
          minShared);
    }
  }
}
