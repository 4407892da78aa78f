package org.doppel.lsh;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.doppel.internal.LongSort;
import org.doppel.text.Mix;

/**
 * Candidate pairs for documents that share a passage, however small a part of either it is: each
 * document keeps the winnowed fingerprints of its shingle sequence (Schleimer, Wilkerson and Aiken,
 * "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003), and two documents that
 * share at least {@link #minShared} fingerprints become a candidate. Winnowing keeps the smallest
 * shingle hash of every window of {@link #window} consecutive shingles, so any run of at least that
 * many shingles that two documents share gives both at least one same fingerprint, wherever it
 * stands in them, while a document keeps only about {@code 2 / (window + 1)} of its shingles. A
 * passage that LSH on whole-document sketches cannot see (a quoted paragraph in a long article,
 * Jaccard far below any threshold) is found this way. Immutable and thread-safe.
 *
 * @param window consecutive shingles per window (a shared run of this many always matches)
 * @param minShared fingerprints two documents must share to become a candidate
 * @param maxHolders a fingerprint held by more documents than this is a common phrase, not a
 *     passage: it pairs no one (every pair it would add costs a verification)
 */
public record PassageFingerprints(int window, int minShared, int maxHolders) {

  /** Checks the parameters. */
  public PassageFingerprints {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1, got " + window);
    }
    if (minShared < 1) {
      throw new IllegalArgumentException("minShared must be >= 1, got " + minShared);
    }
    if (maxHolders < 2) {
      throw new IllegalArgumentException("maxHolders must be >= 2, got " + maxHolders);
    }
  }

  /**
   * The fingerprints of the shingle sequence {@code hashes[0, length)} (in text order, repeats
   * included): for the smallest hash of each window of {@link #window} shingles (the rightmost of
   * equal ones, as the paper's robust winnowing takes), the 32 high bits of that hash mixed ({@link
   * #fingerprint}), in text order, once per window minimum: a hash that is the minimum of several
   * windows apart (repeated text) comes more than once, which {@link #pairs} allows for. A sequence
   * shorter than a window is one window. {@code hashes} is not changed.
   */
  public int[] fingerprints(long[] hashes, int length) {
    if (length == 0) {
      return new int[0];
    }
    int w = Math.min(window, length);
    int[] out = new int[Math.max(4, 2 * length / (w + 1) + 4)];
    int count = 0;
    // the window [end - w + 1, end] slides one shingle at a time; min is the position of its
    // smallest hash, the rightmost of equal ones. Only when that position leaves the window is the
    // window scanned again, which on hashes happens about once per fingerprint.
    int min = -1;
    int last = -1;
    for (int end = 0; end < length; end++) {
      int start = end - w + 1;
      if (min < Math.max(0, start)) { // the first window, or the minimum has left the window
        min = Math.max(0, start);
        for (int j = min + 1; j <= end; j++) {
          if (hashes[j] <= hashes[min]) {
            min = j;
          }
        }
      } else if (hashes[end] <= hashes[min]) {
        min = end;
      }
      if (start >= 0 && min != last) {
        last = min;
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = fingerprint(hashes[min]);
      }
    }
    // not sorted here: the postings of every document are sorted at once in pairs
    return Arrays.copyOf(out, count);
  }

  /**
   * The fingerprint of a window's smallest hash: its 32 high bits after mixing. Window minima
   * cluster at the bottom of the hash range; mixed, they spread over it again, which the bucket
   * sort of the postings ({@link LongSort}) needs to stay linear.
   */
  static int fingerprint(long hash) {
    return (int) (Mix.fmix64(hash) >>> 32);
  }

  /**
   * The candidate pairs ({@link CandidateFinder#pair}, sorted, distinct) among documents whose
   * fingerprints are {@code fingerprints[d]} ({@code null} for a document left out; a document's
   * repeated fingerprint counts once): those sharing at least {@link #minShared} distinct
   * fingerprints that at most {@link #maxHolders} documents hold. The documents are counted in
   * parallel on the common fork-join pool unless {@code parallel} is false (a caller that runs this
   * inside a pool of its own gets that pool's threads).
   */
  public long[] pairs(int[][] fingerprints, boolean parallel) {
    int docs = fingerprints.length;
    int total = 0;
    for (int[] f : fingerprints) {
      total += f == null ? 0 : f.length;
    }
    // the posting lists: (fingerprint, document) sorted, so each fingerprint's holders are a run
    long[] keyed = new long[total];
    int n = 0;
    for (int d = 0; d < docs; d++) {
      if (fingerprints[d] != null) {
        for (int f : fingerprints[d]) {
          keyed[n++] = ((long) f << 32) | d;
        }
      }
    }
    LongSort.sort(keyed, 0, n);
    // a fingerprint a document holds twice (repeated text) is one posting
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || keyed[i] != keyed[distinct - 1]) {
        keyed[distinct++] = keyed[i];
      }
    }
    n = distinct;
    int[] holder = new int[n]; // the document of each posting, in posting order
    int[] runStart = new int[n + 1]; // run r (one fingerprint's holders): [runStart[r], [r + 1])
    int runs = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || (keyed[i] >>> 32) != (keyed[i - 1] >>> 32)) {
        runStart[runs++] = i;
      }
      holder[i] = (int) keyed[i];
    }
    runStart[runs] = n;
    keyed = null;
    // for each document, the runs it is in that pair anyone: a posting index by document
    int[] docStart = new int[docs + 1];
    for (int r = 0; r < runs; r++) {
      if (pairsAnyone(runStart[r + 1] - runStart[r])) {
        for (int i = runStart[r]; i < runStart[r + 1]; i++) {
          docStart[holder[i] + 1]++;
        }
      }
    }
    for (int d = 0; d < docs; d++) {
      docStart[d + 1] += docStart[d];
    }
    int[] docRuns = new int[docStart[docs]];
    int[] fill = Arrays.copyOf(docStart, docs);
    for (int r = 0; r < runs; r++) {
      if (pairsAnyone(runStart[r + 1] - runStart[r])) {
        for (int i = runStart[r]; i < runStart[r + 1]; i++) {
          docRuns[fill[holder[i]]++] = r;
        }
      }
    }
    IntStream ids = IntStream.range(0, docs);
    long[][] found =
        (parallel ? ids.parallel() : ids)
            .mapToObj(d -> partners(d, docRuns, docStart, runStart, holder))
            .toArray(long[][]::new);
    int count = 0;
    for (long[] f : found) {
      count += f.length;
    }
    long[] out = new long[count];
    int at = 0;
    for (long[] f : found) {
      System.arraycopy(f, 0, out, at, f.length);
      at += f.length;
    }
    return out; // in document order, each document's partners ascending: sorted
  }

  /**
   * The pairs of document {@code d} with the later documents that share at least {@link #minShared}
   * of its fingerprints, ascending.
   */
  private long[] partners(int d, int[] docRuns, int[] docStart, int[] runStart, int[] holder) {
    if (docStart[d] == docStart[d + 1]) {
      return EMPTY;
    }
    Counts counts = COUNTS.get().room(docStart.length - 1);
    int[] shared = counts.shared;
    int[] touched = counts.touched;
    int touchedCount = 0;
    int[] partners = counts.partners;
    int partnerCount = 0;
    for (int k = docStart[d]; k < docStart[d + 1]; k++) {
      int r = docRuns[k];
      for (int i = runStart[r + 1] - 1; i >= runStart[r]; i--) {
        int e = holder[i];
        if (e <= d) {
          break; // a run's holders ascend: the rest are earlier documents
        }
        if (shared[e] == 0) {
          if (touchedCount == touched.length) {
            touched = counts.touched = Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = e;
        }
        if (++shared[e] == minShared) {
          if (partnerCount == partners.length) {
            partners = counts.partners = Arrays.copyOf(partners, partnerCount * 2);
          }
          partners[partnerCount++] = e;
        }
      }
    }
    for (int t = 0; t < touchedCount; t++) {
      shared[touched[t]] = 0;
    }
    Arrays.sort(partners, 0, partnerCount);
    long[] out = new long[partnerCount];
    for (int p = 0; p < partnerCount; p++) {
      out[p] = CandidateFinder.pair(d, partners[p]);
    }
    return out;
  }

  /** Whether a fingerprint that {@code holders} documents hold pairs them. */
  private boolean pairsAnyone(int holders) {
    return holders >= 2 && holders <= maxHolders;
  }

  private static final long[] EMPTY = new long[0];

  private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);

  /** One thread's counters: fingerprints shared with each document, zero between documents. */
  private static final class Counts {
    int[] shared = new int[0];
    int[] touched = new int[64];
    int[] partners = new int[64];

    Counts room(int docs) {
      if (shared.length < docs) {
        shared = new int[docs];
      }
      return this;
    }
  }
}
