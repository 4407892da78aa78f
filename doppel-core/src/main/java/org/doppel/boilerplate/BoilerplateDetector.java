package org.doppel.boilerplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.doppel.internal.LongHashSet;
import org.doppel.internal.LongIntHashMap;
import org.doppel.text.Mix;

/**
 * Finds boilerplate paragraphs from their document frequency (see {@link BoilerplateOptions}). Feed
 * every document's distinct paragraph hashes and token counts with {@link #add}, then call {@link
 * #detect}. Not thread-safe.
 *
 * <p>A recurring paragraph is boilerplate when the documents holding it share little else and few
 * of them consist of it and what travels with it. That is judged twice: on whole paragraphs, then,
 * for a paragraph that fails that test and when {@link #detect(IntFunction)} is given the
 * documents' shingles, on shingles. The second look keeps the lede of an article that was revised
 * several times: each revision edits some of the other paragraphs, so few of them recur whole, but
 * most of their text still recurs.
 */
public final class BoilerplateDetector {

  private final BoilerplateOptions options;
  private final List<long[]> hashes = new ArrayList<>();
  private final List<int[]> tokens = new ArrayList<>();
  private final List<boolean[]> chrome = new ArrayList<>();
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
    return add(paragraphHashes, paragraphTokens, null);
  }

  /**
   * As {@link #add(long[], int[])}, with which of the paragraphs look like site chrome ({@code
   * siteChrome}, parallel to the hashes; null when none does or none is known): a document whose
   * passage and the paragraphs travelling with it are chrome of that kind (a menu, a comment form,
   * a copyright line) is a near-empty page of the site, not the passage printed on its own ({@link
   * #WHOLE_DOCUMENTS}).
   */
  public int[] add(long[] paragraphHashes, int[] paragraphTokens, boolean[] siteChrome) {
    hashes.add(paragraphHashes);
    tokens.add(paragraphTokens);
    chrome.add(siteChrome);
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

  /** The boilerplate paragraph hashes among everything added, judged on whole paragraphs only. */
  public LongHashSet detect() {
    return detect(null);
  }

  /**
   * The boilerplate paragraph hashes among everything added. A paragraph that fails the
   * whole-paragraph test is judged again on shingles: {@code shingles} gives the shingle hashes of
   * document {@code d} (numbered in the order of {@link #add}, from 0; repeats allowed) as a new
   * array the detector may reorder. Null judges on whole paragraphs only.
   */
  public LongHashSet detect(IntFunction<long[]> shingles) {
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
        .forEach(
            f ->
                boilerplate[f] =
                    chromeLike(postings[f], postingSize[f])
                        && (shingles == null
                            || shingleShare(postings[f], postingSize[f], shingles)
                                < options.maxShare()));
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

  /**
   * A document of which the paragraphs that travel with the examined paragraph make up at least
   * this share of the tokens consists of them: it is that passage, printed on its own.
   */
  static final double WHOLE_SHARE = 0.9;

  /**
   * The examined paragraph is content, not chrome, when at least this share of the sampled
   * documents holding it consist of it ({@link #WHOLE_SHARE}): a short story that two longer pages
   * quote whole and one reprint carries is printed on its own too, while site chrome makes up
   * nearly all of a page only on the odd near-empty page. Paragraphs that look like site chrome
   * themselves (a menu, a comment form, a copyright line: {@code siteChrome} in {@link #add(long[],
   * int[], boolean[])}) do not count towards consisting of it, so that a site's empty search
   * results and error pages, however many, do not make its chrome content.
   */
  static final double WHOLE_DOCUMENTS = 0.2;

  /**
   * Whether the paragraph that the first {@code n} of {@code docs} hold looks like chrome on whole
   * paragraphs: in the median document, the paragraphs that travel with it make up less than {@link
   * BoilerplateOptions#maxShare()} of the tokens, and fewer than {@link #WHOLE_DOCUMENTS} of the
   * documents consist of them.
   */
  private boolean chromeLike(int[] docs, int n) {
    double[] content = new double[n];
    double[] shares = shares(docs, n, content);
    int whole = 0;
    for (double s : content) {
      if (s >= WHOLE_SHARE) {
        whole++;
      }
    }
    return median(shares) < options.maxShare() && whole < WHOLE_DOCUMENTS * n;
  }

  /**
   * Per document, the share of its tokens in paragraphs that travel with the examined one; into
   * {@code content}, the share in such paragraphs that do not look like site chrome.
   */
  private double[] shares(int[] docs, int n, double[] content) {
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
      boolean[] cs = chrome.get(docs[i]);
      long covered = 0;
      long coveredContent = 0;
      long total = 0;
      for (int p = 0; p < hs.length; p++) {
        total += ts[p];
        if (together.get(hs[p], 0) >= needed) {
          covered += ts[p];
          if (cs == null || !cs[p]) {
            coveredContent += ts[p];
          }
        }
      }
      shares[i] = total == 0 ? 1 : (double) covered / total;
      content[i] = total == 0 ? 1 : (double) coveredContent / total;
    }
    return shares;
  }

  /** Documents examined by the shingle test, at most (the first of the paragraph's sample). */
  static final int SHINGLE_SAMPLE = 16;

  /**
   * Shingles per document the shingle test looks at, on average, at most: longer documents are
   * sampled down by halves until the average is between half of this and this.
   */
  private static final int SAMPLED_PER_DOCUMENT = 512;

  /**
   * Median share of document shingles that occur in at least half of the documents (distinct
   * shingles, each counted once per document), over the first {@link #SHINGLE_SAMPLE} documents.
   */
  private static double shingleShare(int[] docs, int sampled, IntFunction<long[]> shingles) {
    int n = Math.min(sampled, SHINGLE_SAMPLE);
    long[][] raw = new long[n][];
    int total = 0;
    for (int i = 0; i < n; i++) {
      raw[i] = shingles.apply(docs[i]);
      total += raw[i].length;
    }
    // long documents are judged on a consistent sample of their shingles (the same shingles in
    // every document): those whose mixed hash has its top `shift` bits clear
    int shift = 0;
    while ((total >>> shift) > n * SAMPLED_PER_DOCUMENT) {
      shift++;
    }
    long limit = shift == 0 ? -1 : -1L >>> shift;
    // open addressing: per distinct shingle, the documents holding it and the last one counted
    int capacity = Integer.highestOneBit(Math.max(16, total >>> shift) * 4 - 1) << 1;
    int mask = capacity - 1;
    long[] keys = new long[capacity];
    boolean[] used = new boolean[capacity];
    int[] holders = new int[capacity];
    int[] last = new int[capacity];
    int[][] slots = new int[n][];
    int[] distinct = new int[n];
    for (int i = 0; i < n; i++) {
      int[] mine = new int[Math.min(raw[i].length, 64 + (raw[i].length >>> shift) * 2)];
      for (long h : raw[i]) {
        long mixed = Mix.fmix64(h);
        if (Long.compareUnsigned(mixed, limit) > 0) {
          continue;
        }
        int slot = (int) mixed & mask;
        while (used[slot] && keys[slot] != h) {
          slot = (slot + 1) & mask;
        }
        if (!used[slot]) {
          used[slot] = true;
          keys[slot] = h;
        } else if (last[slot] == i + 1) {
          continue; // a repeat inside this document counts once
        }
        last[slot] = i + 1;
        holders[slot]++;
        if (distinct[i] == mine.length) {
          mine = Arrays.copyOf(mine, mine.length * 2);
        }
        mine[distinct[i]++] = slot;
      }
      slots[i] = mine;
    }
    int needed = (n + 1) / 2;
    double[] shares = new double[n];
    for (int i = 0; i < n; i++) {
      int covered = 0;
      for (int k = 0; k < distinct[i]; k++) {
        if (holders[slots[i][k]] >= needed) {
          covered++;
        }
      }
      shares[i] = distinct[i] == 0 ? 1 : (double) covered / distinct[i];
    }
    return median(shares);
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  @Override
  public String toString() {
    return "BoilerplateDetector(" + options + ")";
  }
}
