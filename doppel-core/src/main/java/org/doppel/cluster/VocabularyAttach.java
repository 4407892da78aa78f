package org.doppel.cluster;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.doppel.internal.LongHashSet;
import org.doppel.internal.LongIntHashMap;
import org.doppel.text.AnalyzedText;

/**
 * The last step of clustering revision histories: a small cluster that its links did not place (it
 * shares no text with any other, or only a little with several) joins the one cluster whose
 * vocabulary it clearly shares. A revision rewritten so far that no passage of it survives, or a
 * stub that later grew into an article, still names the article's people, places and terms; another
 * article seldom names the same ones.
 *
 * <p>Each document's vocabulary is its words of three or more characters with a letter in them,
 * counted ({@link #profile}). A cluster's vector sums its documents' words, each weighted {@code (1
 * + ln count) · ln(N / df)} (tf-idf, N documents, df of them holding the word), over the words held
 * by at least 2 and at most {@link #MAX_SHARE} of the documents (in a small corpus, up to {@link
 * #SMALL_CORPUS_MAX_DF} documents, but never more than half of them): a word of one document links
 * nothing, a word of many is no topic. A cluster of at most {@code maxSize} documents joins the
 * cluster of highest cosine when that cosine reaches {@code minCosine} and is at least {@link
 * #MARGIN} times the runner-up's: a document as close to two articles stays where it is. The
 * cluster joined must hold at least {@link #MIN_TARGET} documents (an article's history, not
 * another stray document). It cannot chain: a cluster joins one that stays, or two that choose each
 * other join.
 *
 * <p>Off in the news preset: there a short follow-up names the same people as the story before it,
 * which is a different story.
 */
public final class VocabularyAttach {

  /** How many times the best cluster's cosine must exceed the runner-up's. */
  public static final double MARGIN = 1.5;

  /** A word held by more than this share of the documents counts for no topic. */
  public static final double MAX_SHARE = 0.05;

  /**
   * The document frequency a word may reach and count in a small corpus, unless that is more than
   * half its documents.
   */
  public static final int SMALL_CORPUS_MAX_DF = 10;

  /** Documents the cluster joined must hold: a revision joins an article's history. */
  public static final int MIN_TARGET = 2;

  /** Characters a token needs to be a word of the vocabulary. */
  static final int MIN_CHARS = 3;

  /** A cluster's rarest words, whose postings propose the clusters it is compared with. */
  static final int SEARCH_WORDS = 32;

  /** Words held by more clusters than this propose none. */
  static final int MAX_POSTINGS = 300;

  /** Clusters proposed per small cluster and scored exactly. */
  static final int CANDIDATES = 16;

  private static final long COUNT_MASK = 0xFFL;

  private VocabularyAttach() {}

  /**
   * The vocabulary of {@code text}: for each distinct word (a token of at least 3 characters with a
   * letter in it), its folded hash with the low 8 bits replaced by its count (at most 255), sorted.
   */
  public static long[] profile(AnalyzedText text) {
    int n = text.tokenCount();
    LongIntHashMap counts = new LongIntHashMap(Math.max(4, Math.min(n, 1 << 14)));
    String all = text.text();
    for (int i = 0; i < n; i++) {
      int start = text.tokenStart(i);
      int end = text.tokenEnd(i);
      if (end - start >= MIN_CHARS && hasLetter(all, start, end)) {
        counts.add(word(text.tokenHash(i)), 1);
      }
    }
    long[] out = new long[counts.size()];
    int[] at = {0};
    counts.forEach((w, c) -> out[at[0]++] = w | Math.min(c, (int) COUNT_MASK));
    Arrays.sort(out);
    return out;
  }

  /** The word of a packed profile entry. */
  static long word(long entryOrHash) {
    long w = entryOrHash & ~COUNT_MASK;
    return w == Long.MIN_VALUE ? w | (COUNT_MASK + 1) : w;
  }

  /** The count of a packed profile entry. */
  static int count(long entry) {
    return (int) (entry & COUNT_MASK);
  }

  private static boolean hasLetter(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Document frequencies of words, from the profiles added. Not thread-safe. */
  public static final class Frequencies {
    private final LongIntHashMap df = new LongIntHashMap(1 << 12);
    private int documents;

    /** Creates empty frequencies. */
    public Frequencies() {}

    /** Counts one document of vocabulary {@code profile} ({@link #profile}). */
    public void add(long[] profile) {
      documents++;
      for (long e : profile) {
        df.add(word(e), 1);
      }
    }

    /** Number of documents added. */
    public int documents() {
      return documents;
    }

    /** Number of documents added that hold {@code word}. */
    int of(long word) {
      return df.get(word, 0);
    }
  }

  /**
   * Joins small clusters by vocabulary.
   *
   * @param root the cluster of each node, named by any node of it (as {@link Clusterer} returns)
   * @param weight the documents each node stands for; 0 for a node that is not one (its root is
   *     copied unchanged)
   * @param profiles the vocabulary ({@link #profile}) of each node of positive weight
   * @param frequencies document frequencies over the corpus
   * @param maxSize clusters of at most this many documents may join another
   * @param minCosine the cosine the best cluster must reach
   * @param apartA with {@code apartB}, pairs of nodes that verification kept apart on evidence
   *     (their figures differ): a cluster never joins one that holds the other node of such a pair
   * @param apartB the second node of each of those pairs
   * @return the cluster of each node after joining, named as in {@code root}
   */
  public static int[] attach(
      int[] root,
      int[] weight,
      IntFunction<long[]> profiles,
      Frequencies frequencies,
      int maxSize,
      double minCosine,
      int[] apartA,
      int[] apartB) {
    int n = root.length;
    int[] out = root.clone();
    // dense cluster numbers, by first node
    int[] index = new int[n];
    Arrays.fill(index, -1);
    int[] clusterOf = new int[n];
    int clusters = 0;
    for (int d = 0; d < n; d++) {
      if (weight[d] > 0) {
        int r = root[d];
        if (index[r] < 0) {
          index[r] = clusters++;
        }
        clusterOf[d] = index[r];
      }
    }
    if (clusters < 2) {
      return out;
    }
    int[] size = new int[clusters];
    int[] memberStart = new int[clusters + 1];
    for (int d = 0; d < n; d++) {
      if (weight[d] > 0) {
        size[clusterOf[d]] += weight[d];
        memberStart[clusterOf[d] + 1]++;
      }
    }
    for (int c = 0; c < clusters; c++) {
      memberStart[c + 1] += memberStart[c];
    }
    int[] members = new int[memberStart[clusters]];
    int[] fill = Arrays.copyOf(memberStart, clusters);
    for (int d = 0; d < n; d++) {
      if (weight[d] > 0) {
        members[fill[clusterOf[d]]++] = d;
      }
    }
    Vectors v = vectors(clusters, memberStart, members, profiles, frequencies);
    Postings postings = new Postings(v, clusters);
    int[] target = new int[clusters];
    int count = clusters;
    // each small cluster's choice is its own: in parallel (in the caller's fork-join pool)
    ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(count));
    IntStream.range(0, clusters)
        .parallel()
        .forEach(
            q -> {
              int t = -1;
              if (size[q] <= maxSize && v.start[q] < v.start[q + 1]) {
                t = best(q, v, postings, scratch.get(), minCosine);
              }
              target[q] = t >= 0 && size[t] >= MIN_TARGET ? t : -1;
            });
    // text said these are different stories: vocabulary does not overrule it
    LongHashSet apart = new LongHashSet(Math.max(4, apartA.length));
    for (int k = 0; k < apartA.length; k++) {
      if (weight[apartA[k]] > 0 && weight[apartB[k]] > 0) {
        apart.add(key(clusterOf[apartA[k]], clusterOf[apartB[k]]));
      }
    }
    for (int q = 0; q < clusters; q++) {
      if (target[q] >= 0 && apart.contains(key(q, target[q]))) {
        target[q] = -1;
      }
    }
    // a cluster joins one that stays, or two that choose each other join; nothing chains
    int[] into = new int[clusters];
    for (int c = 0; c < clusters; c++) {
      into[c] = c;
    }
    for (int q = 0; q < clusters; q++) {
      int t = target[q];
      if (t < 0) {
        continue;
      }
      if (target[t] < 0) {
        into[q] = t;
      } else if (target[t] == q && t < q) {
        into[q] = t;
      }
    }
    for (int d = 0; d < n; d++) {
      if (weight[d] > 0) {
        out[d] = root[members[memberStart[into[clusterOf[d]]]]];
      }
    }
    return out;
  }

  /** One key for the unordered pair of clusters {@code x} and {@code y}. */
  private static long key(int x, int y) {
    return (long) Math.min(x, y) << 32 | Math.max(x, y);
  }

  /** Every cluster's normalised tf-idf vector, words sorted: cluster c at start[c]..start[c+1]. */
  private static final class Vectors {
    final int[] start;
    final long[] words;
    final float[] weights;

    Vectors(int[] start, long[] words, float[] weights) {
      this.start = start;
      this.words = words;
      this.weights = weights;
    }
  }

  /** One thread's partial scores over all clusters (kept zero between uses). */
  private static final class Scratch {
    final double[] partial;
    final int[] touched;

    Scratch(int clusters) {
      partial = new double[clusters];
      touched = new int[clusters];
    }
  }

  /** For each word, the clusters holding it and its weight there. */
  private static final class Postings {
    /** For each entry of the vectors, the slot of its word. */
    final int[] slotOf;

    final int[] start;
    final int[] cluster;
    final float[] weight;

    Postings(Vectors v, int clusters) {
      LongIntHashMap slot = new LongIntHashMap(Math.max(4, v.words.length / 4));
      slotOf = new int[v.words.length];
      int[] counts = new int[16];
      int words = 0;
      for (int k = 0; k < v.words.length; k++) {
        int s = slot.get(v.words[k], 0) - 1;
        if (s < 0) {
          s = words++;
          slot.add(v.words[k], s + 1);
          if (s == counts.length) {
            counts = Arrays.copyOf(counts, s * 2);
          }
        }
        slotOf[k] = s;
        counts[s]++;
      }
      start = new int[words + 1];
      for (int s = 0; s < words; s++) {
        start[s + 1] = start[s] + counts[s];
      }
      cluster = new int[v.words.length];
      weight = new float[v.words.length];
      int[] at = Arrays.copyOf(start, words);
      for (int c = 0; c < clusters; c++) {
        for (int k = v.start[c]; k < v.start[c + 1]; k++) {
          int s = slotOf[k];
          cluster[at[s]] = c;
          weight[at[s]++] = v.weights[k];
        }
      }
    }

    /** How many clusters hold the word of slot {@code s}. */
    int length(int s) {
      return start[s + 1] - start[s];
    }
  }

  private static Vectors vectors(
      int clusters,
      int[] memberStart,
      int[] members,
      IntFunction<long[]> profiles,
      Frequencies frequencies) {
    int documents = frequencies.documents();
    int maxDf =
        Math.max(
            2,
            Math.max(Math.min(SMALL_CORPUS_MAX_DF, documents / 2), (int) (MAX_SHARE * documents)));
    int[] start = new int[clusters + 1];
    long[] words = new long[1024];
    float[] weights = new float[1024];
    int total = 0;
    for (int c = 0; c < clusters; c++) {
      long[] entries;
      if (memberStart[c + 1] - memberStart[c] == 1) {
        entries = profiles.apply(members[memberStart[c]]);
      } else {
        int length = 0;
        long[][] parts = new long[memberStart[c + 1] - memberStart[c]][];
        for (int k = memberStart[c]; k < memberStart[c + 1]; k++) {
          parts[k - memberStart[c]] = profiles.apply(members[k]);
          length += parts[k - memberStart[c]].length;
        }
        entries = new long[length];
        length = 0;
        for (long[] p : parts) {
          System.arraycopy(p, 0, entries, length, p.length);
          length += p.length;
        }
        Arrays.sort(entries);
      }
      int from = total;
      double norm = 0;
      for (int i = 0; i < entries.length; ) {
        long w = word(entries[i]);
        double sum = 0;
        int df = frequencies.of(w);
        boolean counted = df >= 2 && df <= maxDf;
        double idf = counted ? Math.log((double) documents / df) : 0;
        for (; i < entries.length && word(entries[i]) == w; i++) {
          sum += (1 + Math.log(count(entries[i]))) * idf;
        }
        if (counted && sum > 0) {
          if (total == words.length) {
            words = Arrays.copyOf(words, total * 2);
            weights = Arrays.copyOf(weights, total * 2);
          }
          words[total] = w;
          weights[total++] = (float) sum;
          norm += sum * sum;
        }
      }
      float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
      for (int k = from; k < total; k++) {
        weights[k] *= scale;
      }
      start[c + 1] = total;
    }
    return new Vectors(start, Arrays.copyOf(words, total), Arrays.copyOf(weights, total));
  }

  /**
   * The cluster small cluster {@code q} joins, or -1: its heaviest words propose clusters, the best
   * {@link #CANDIDATES} by those words are scored exactly, and the best must reach {@code
   * minCosine} and beat the runner-up by {@link #MARGIN}.
   */
  private static int best(int q, Vectors v, Postings p, Scratch scratch, double minCosine) {
    double[] partial = scratch.partial;
    int[] touched = scratch.touched;
    int from = v.start[q];
    int to = v.start[q + 1];
    // the rarest words (fewest clusters hold them): an article's names, and short postings
    int[] slots = p.slotOf;
    int[] rarest = new int[Math.min(SEARCH_WORDS, to - from)];
    int words = 0;
    for (int k = from; k < to; k++) {
      words =
          insert(
              rarest,
              words,
              k,
              (x, y) -> {
                int lx = p.length(slots[x]);
                int ly = p.length(slots[y]);
                return lx < ly || (lx == ly && x < y);
              });
    }
    int count = 0;
    for (int k = 0; k < words; k++) {
      int s = slots[rarest[k]];
      if (p.length(s) > MAX_POSTINGS) {
        break; // the rest are as common: no names
      }
      float wq = v.weights[rarest[k]];
      for (int j = p.start[s]; j < p.start[s + 1]; j++) {
        int c = p.cluster[j];
        if (c == q) {
          continue;
        }
        if (partial[c] == 0) {
          touched[count++] = c;
        }
        partial[c] += wq * p.weight[j];
      }
    }
    int[] top = new int[Math.min(CANDIDATES, count)];
    int filled = 0;
    for (int i = 0; i < count; i++) {
      filled =
          insert(
              top,
              filled,
              touched[i],
              (x, y) -> partial[x] > partial[y] || (partial[x] == partial[y] && x < y));
    }
    for (int i = 0; i < count; i++) {
      partial[touched[i]] = 0;
    }
    double s1 = 0;
    double s2 = 0;
    int best = -1;
    for (int i = 0; i < filled; i++) {
      double s = cosine(v, q, top[i]);
      if (best < 0 || s > s1 || (s == s1 && top[i] < best)) {
        s2 = Math.max(s2, s1);
        s1 = s;
        best = top[i];
      } else {
        s2 = Math.max(s2, s);
      }
    }
    return best >= 0 && s1 >= minCosine && s1 >= MARGIN * s2 ? best : -1;
  }

  /** Orders two items: whether {@code x} goes before {@code y}. */
  @FunctionalInterface
  private interface Before {
    boolean test(int x, int y);
  }

  /**
   * Inserts {@code item} into the first {@code filled} entries of {@code top}, kept in {@code
   * before} order and at most {@code top.length} long (the last falls out); returns the new count.
   */
  private static int insert(int[] top, int filled, int item, Before before) {
    if (top.length == 0) {
      return 0;
    }
    int at;
    if (filled < top.length) {
      at = filled++;
    } else if (before.test(item, top[top.length - 1])) {
      at = top.length - 1;
    } else {
      return filled;
    }
    while (at > 0 && before.test(item, top[at - 1])) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = item;
    return filled;
  }

  private static double cosine(Vectors v, int x, int y) {
    int i = v.start[x];
    int j = v.start[y];
    int ie = v.start[x + 1];
    int je = v.start[y + 1];
    double dot = 0;
    while (i < ie && j < je) {
      long a = v.words[i];
      long b = v.words[j];
      if (a == b) {
        dot += (double) v.weights[i++] * v.weights[j++];
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }
}
