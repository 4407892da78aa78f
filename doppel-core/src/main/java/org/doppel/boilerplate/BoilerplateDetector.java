package org.doppel.boilerplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.doppel.internal.LongHashSet;
import org.doppel.internal.LongIntHashMap;

/**
 * Finds boilerplate paragraphs from their document frequency (see {@link BoilerplateOptions}). Feed
 * every document's distinct paragraph hashes and token counts with {@link #add}, then call {@link
 * #detect}. Not thread-safe.
 */
public final class BoilerplateDetector {

  private final BoilerplateOptions options;
  private final List<long[]> hashes = new ArrayList<>();
  private final List<int[]> tokens = new ArrayList<>();
  private final LongIntHashMap documentFrequency = new LongIntHashMap(1 << 12);

  /** A detector with the given options. */
  public BoilerplateDetector(BoilerplateOptions options) {
    this.options = options;
  }

  /**
   * Adds the next document: its distinct paragraph hashes and their token counts (arrays are kept,
   * not copied). Returns the document frequency of each paragraph so far, including this one.
   */
  public int[] add(long[] paragraphHashes, int[] paragraphTokens) {
    hashes.add(paragraphHashes);
    tokens.add(paragraphTokens);
    int[] df = new int[paragraphHashes.length];
    for (int i = 0; i < paragraphHashes.length; i++) {
      df[i] = documentFrequency.add(paragraphHashes[i], 1);
    }
    return df;
  }

  /** Number of documents holding paragraph {@code hash}. */
  public int documentFrequency(long hash) {
    return documentFrequency.get(hash, 0);
  }

  /** The boilerplate paragraph hashes among everything added. */
  public LongHashSet detect() {
    LongHashSet result = new LongHashSet(64);
    if (!options.enabled()) {
      return result;
    }
    LongIntHashMap frequentIndex = new LongIntHashMap(256);
    List<Long> frequent = new ArrayList<>();
    documentFrequency.forEach(
        (hash, df) -> {
          if (df >= options.minDocuments()) {
            frequentIndex.add(hash, frequent.size());
            frequent.add(hash);
          }
        });
    if (frequent.isEmpty()) {
      return result;
    }
    int[][] postings = new int[frequent.size()][];
    int[] postingSize = new int[frequent.size()];
    for (int d = 0; d < hashes.size(); d++) {
      for (long h : hashes.get(d)) {
        int f = frequentIndex.get(h, -1);
        if (f >= 0 && postingSize[f] < options.sampleDocuments()) {
          if (postings[f] == null) {
            postings[f] = new int[Math.min(options.sampleDocuments(), documentFrequency(h))];
          }
          postings[f][postingSize[f]++] = d;
        }
      }
    }
    // paragraphs sampled from the same documents (the paragraphs of one reprinted story, one
    // site's chrome) have the same share: each distinct list of documents is judged once
    int[] judge = new int[frequent.size()];
    Map<Sample, Integer> first = new HashMap<>();
    for (int f = 0; f < frequent.size(); f++) {
      Integer earlier = first.putIfAbsent(new Sample(postings[f], postingSize[f]), f);
      judge[f] = earlier == null ? f : earlier;
    }
    // in parallel (on the caller's fork-join pool)
    boolean[] boilerplate = new boolean[frequent.size()];
    IntStream.range(0, frequent.size())
        .parallel()
        .filter(f -> judge[f] == f)
        .forEach(f -> boilerplate[f] = share(postings[f], postingSize[f]) < options.maxShare());
    for (int f = 0; f < frequent.size(); f++) {
      if (boilerplate[judge[f]]) {
        result.add(frequent.get(f));
      }
    }
    return result;
  }

  /** The first {@code n} documents of a posting list, as a map key. */
  private static final class Sample {
    private final int[] docs;
    private final int n;
    private final int hash;

    Sample(int[] docs, int n) {
      this.docs = docs;
      this.n = n;
      int h = n;
      for (int i = 0; i < n; i++) {
        h = 31 * h + docs[i];
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Sample s && s.n == n && Arrays.equals(s.docs, 0, s.n, docs, 0, n);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Median share of document tokens in paragraphs that travel with the examined paragraph. */
  private double share(int[] docs, int n) {
    LongIntHashMap together = new LongIntHashMap(64);
    for (int i = 0; i < n; i++) {
      for (long h : hashes.get(docs[i])) {
        together.add(h, 1);
      }
    }
    int needed = (n + 1) / 2;
    double[] shares = new double[n];
    for (int i = 0; i < n; i++) {
      long[] hs = hashes.get(docs[i]);
      int[] ts = tokens.get(docs[i]);
      long covered = 0;
      long total = 0;
      for (int p = 0; p < hs.length; p++) {
        total += ts[p];
        if (together.get(hs[p], 0) >= needed) {
          covered += ts[p];
        }
      }
      shares[i] = total == 0 ? 1 : (double) covered / total;
    }
    Arrays.sort(shares);
    return n % 2 == 1 ? shares[n / 2] : (shares[n / 2 - 1] + shares[n / 2]) / 2;
  }

  @Override
  public String toString() {
    return "BoilerplateDetector(" + options + ")";
  }
}
