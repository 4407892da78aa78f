package org.doppel;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.doppel.boilerplate.BoilerplateDetector;
import org.doppel.cluster.ClusterTrees;
import org.doppel.cluster.Clusterer;
import org.doppel.cluster.VocabularyAttach;
import org.doppel.internal.Forest;
import org.doppel.internal.LongArrayStore;
import org.doppel.internal.LongHashSet;
import org.doppel.internal.LongIntHashMap;
import org.doppel.lsh.CandidateFinder;
import org.doppel.lsh.LshParams;
import org.doppel.lsh.PassageFingerprints;
import org.doppel.shingle.ShingleSet;
import org.doppel.shingle.Shingler;
import org.doppel.sketch.SketchPolicy;
import org.doppel.text.Dates;
import org.doppel.text.Document;
import org.doppel.text.TextAnalyzer;
import org.doppel.verify.PairScores;
import org.doppel.verify.Relation;

/**
 * Near-duplicate detection over a corpus: which documents are the same story. The pipeline, in
 * order:
 *
 * <ol>
 *   <li>analyse every document (tokens, paragraphs) and hash its 5-word shingles, in parallel;
 *   <li>find boilerplate paragraphs from their document frequency and leave them out;
 *   <li>build each document's shingle set (repeats count once) and its SuperMinHash sketch;
 *   <li>collapse identical documents (equal sets), then find candidate pairs by LSH banding and by
 *       shared paragraphs;
 *   <li>verify every candidate exactly (Jaccard, both containments) and name its relation;
 *   <li>cluster on the clusterable relations without chaining, pick representatives, and list the
 *       pairs {@link DedupOptions#pairs()} asks for.
 * </ol>
 */
public final class Dedup {

  private Dedup() {}

  /** Runs deduplication over {@code documents} with no progress reporting. */
  public static DedupResult run(DedupOptions options, Stream<Document> documents) {
    return run(options, documents.iterator(), DedupListener.NONE);
  }

  /** Runs deduplication over {@code documents}, reporting progress to {@code listener}. */
  public static DedupResult run(
      DedupOptions options, Iterator<Document> documents, DedupListener listener) {
    return new Run(options, listener).execute(documents);
  }

  /** The printed recipe of a run with these options. */
  public static String recipe(DedupOptions options) {
    DedupOptions.CandidateOptions c = options.candidates();
    return TextAnalyzer.defaults()
        + " -> "
        + Shingler.ofSize(options.shingleSize())
        + " -> "
        + options.boilerplate()
        + " -> SuperMinHash(components="
        + c.lsh().components()
        + ") -> "
        + c.lsh()
        + (c.sharedParagraphs()
            ? " + shared paragraphs(>=" + Shingler.ANCHOR_WORDS + " words)"
            : "")
        + (c.passages() != null ? " + " + c.passages() : "")
        + " -> exact "
        + options.relations()
        + " -> "
        + new Clusterer(options.clusters());
  }

  /** Documents per analysis task, at most. */
  private static final int BATCH_DOCUMENTS = 64;

  /** Characters of text per analysis task, at most (one document may exceed it). */
  private static final long BATCH_CHARS = 1 << 18;

  /** The state of one run. */
  private static final class Run {
    private final DedupOptions options;
    private final DedupListener listener;
    private final Shingler shingler;
    private final List<Analysed> docs = new ArrayList<>();
    private final BoilerplateDetector detector;
    private final Map<Long, String> samples = new HashMap<>();
    private final LongHashSet exactCopies = new LongHashSet(1024);

    /** Word document frequencies, when clustering attaches by vocabulary; else null. */
    private final VocabularyAttach.Frequencies vocabulary;

    /** For each document given to the boilerplate detector, in order, its index in docs. */
    private int[] detected = new int[1024];

    private int detectedCount;
    private LongArrayStore store;
    private long characters;

    /** The banding, chosen once: sketches hold as many components as it uses. */
    private final LshParams lsh;

    /**
     * The candidate pairs and their verification, from the verification stage until {@link
     * #assemble} has taken the related rows out (a local would keep it reachable to the end).
     */
    private PairTable verified;

    Run(DedupOptions options, DedupListener listener) {
      this.options = options;
      this.listener = listener;
      this.shingler = Shingler.ofSize(options.shingleSize());
      this.lsh = options.candidates().lsh();
      this.detector = new BoilerplateDetector(options.boilerplate());
      this.vocabulary =
          options.clusters().attachByVocabulary() > 0 ? new VocabularyAttach.Frequencies() : null;
    }

    DedupResult execute(Iterator<Document> input) {
      ForkJoinPool pool = new ForkJoinPool(options.threads());
      ExecutorService readers = Executors.newFixedThreadPool(options.threads());
      DedupOptions.Storage storage = options.storage();
      try (LongArrayStore opened =
          new LongArrayStore(
              storage.directory() == null ? null : Path.of(storage.directory()),
              storage.memoryBudgetBytes() / Long.BYTES)) {
        store = opened;
        DedupResult result;
        try {
          result = stages(input, pool, readers);
        } catch (RuntimeException | Error e) {
          // tasks still running after a failure finish before the store they write to closes; if
          // they do not, that is noted on the failure, which stays the one reported
          stopAll(e, readers, pool);
          throw e;
        }
        stopAll(null, readers, pool);
        return result;
      }
    }

    /** Every stage of the run, in order. */
    private DedupResult stages(
        Iterator<Document> input, ForkJoinPool pool, ExecutorService readers) {
      analyseAll(input, readers);
      store.seal();
      listener.stage("boilerplate");
      LongHashSet boilerplate =
          await(pool.submit(() -> detector.detect(d -> docs.get(detected[d]).rawShingles(store))));
      listener.stage("sketches");
      // as many components as the banding uses: the sketch serves candidate search alone
      SketchPolicy sketchPolicy = new SketchPolicy(lsh.components());
      ThreadLocal<SketchPolicy.Sketcher> sketchers =
          ThreadLocal.withInitial(sketchPolicy::newSketcher);
      PassageFingerprints passageSearch = options.candidates().passages();
      submit(
          pool,
          () ->
              IntStream.range(0, docs.size())
                  .parallel()
                  .forEach(
                      d -> docs.get(d).finish(boilerplate, sketchers.get(), passageSearch, store)));
      store.seal();
      int[] canonical = identicalGroups();
      sketchCanonicalCopies(canonical, sketchPolicy.newSketcher());
      listener.stage("candidates");
      verified = new PairTable(candidates(canonical, pool));
      listener.stage("verification");
      submit(pool, () -> verifyAll(verified));
      int maxStories = options.relations().sentenceStories();
      if (maxStories > 0 && options.relations().versionSentences() > 0) {
        discountTemplateSentences(canonical, verified, maxStories);
      }
      listener.stage("clustering");
      return assemble(canonical, boilerplate, pool);
    }

    /**
     * Stops the workers and waits for tasks still running. That they did not stop within a minute
     * is thrown, or, when the run already failed with {@code failure}, added to it as suppressed.
     */
    private static void stopAll(Throwable failure, ExecutorService... executors) {
      for (ExecutorService executor : executors) {
        executor.shutdownNow();
      }
      for (ExecutorService executor : executors) {
        try {
          if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
            IllegalStateException late =
                new IllegalStateException("worker threads did not stop within a minute");
            if (failure == null) {
              throw late;
            }
            failure.addSuppressed(late);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /**
     * Reads the input on this thread and analyses it on the workers, in batches (a task per
     * document cost a queue hand-off and often a thread wake-up each); results are collected in
     * input order.
     */
    private void analyseAll(Iterator<Document> input, ExecutorService workers) {
      ArrayDeque<Future<Analysed[]>> inFlight = new ArrayDeque<>();
      int maxInFlight = options.threads() * 4;
      Set<String> ids = new HashSet<>();
      List<Document> batch = new ArrayList<>(BATCH_DOCUMENTS);
      long batchChars = 0;
      while (input.hasNext()) {
        Document d = input.next();
        if (!ids.add(d.id())) {
          throw new IllegalArgumentException("duplicate document id: " + d.id());
        }
        batch.add(d);
        batchChars += d.text().length();
        if (batch.size() >= BATCH_DOCUMENTS || batchChars >= BATCH_CHARS) {
          inFlight.add(workers.submit(analysis(batch)));
          batch = new ArrayList<>(BATCH_DOCUMENTS);
          batchChars = 0;
          while (inFlight.size() >= maxInFlight) {
            collectAll(await(inFlight.poll()));
          }
        }
      }
      if (!batch.isEmpty()) {
        inFlight.add(workers.submit(analysis(batch)));
      }
      while (!inFlight.isEmpty()) {
        collectAll(await(inFlight.poll()));
      }
    }

    private Callable<Analysed[]> analysis(List<Document> batch) {
      return () -> {
        Analysed[] out = new Analysed[batch.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = Analysed.of(batch.get(i), shingler, store, vocabulary != null);
        }
        return out;
      };
    }

    private void collectAll(Analysed[] batch) {
      for (Analysed a : batch) {
        collect(a);
      }
    }

    private void collect(Analysed a) {
      // an exact copy adds nothing to document frequencies: copies are not evidence of chrome
      a.exactCopy = a.words > 0 && !exactCopies.add(a.contentHash());
      if (a.words > 0 && !a.exactCopy) {
        int[] df = detector.add(a.distinctHashes, a.distinctTokens, a.distinctChrome);
        if (detectedCount == detected.length) {
          detected = Arrays.copyOf(detected, detectedCount * 2);
        }
        detected[detectedCount++] = docs.size();
        for (int i = 0; i < df.length; i++) {
          // a sample of each paragraph that may become boilerplate, taken when it first reaches
          // the document frequency boilerplate needs (not earlier: most never get there)
          if (df[i] == options.boilerplate().minDocuments() && options.boilerplate().enabled()) {
            samples.computeIfAbsent(a.distinctHashes[i], h -> a.sampleText(h));
          }
        }
      }
      long[] profile = a.takeVocabulary();
      if (vocabulary != null && a.words > 0 && !a.exactCopy) {
        vocabulary.add(profile);
      }
      a.releaseText();
      docs.add(a);
      characters += a.characters;
      listener.analysed(docs.size(), characters);
    }

    /**
     * Sketches the documents that were taken for exact copies of earlier ones ({@link
     * Analysed#exactCopy}, by their content hash) but head a group of identical sets all the same:
     * only where two different contents share a 64-bit hash, so in practice never; candidates are
     * then found for them as for any other.
     */
    private void sketchCanonicalCopies(int[] canonical, SketchPolicy.Sketcher sketcher) {
      for (int d = 0; d < docs.size(); d++) {
        Analysed x = docs.get(d);
        if (canonical[d] == d && x.setSize > 0 && x.sketch == null) {
          x.sketch = sketcher.sketch(x.set(store), x.setSize);
        }
      }
    }

    /** For every document, the first document of its identical group (itself if none). */
    private int[] identicalGroups() {
      int[] canonical = new int[docs.size()];
      // the first document of each set hash, plus one, without boxing; the rare later documents
      // whose set differs from the first's under the same hash, in the order they came
      LongIntHashMap first = new LongIntHashMap(docs.size());
      Map<Long, List<Integer>> others = new HashMap<>();
      for (int d = 0; d < docs.size(); d++) {
        canonical[d] = d;
        Analysed x = docs.get(d);
        if (x.setSize == 0) {
          continue;
        }
        long key = x.setHash == Long.MIN_VALUE ? Long.MAX_VALUE : x.setHash; // not a map key
        int f = first.get(key, 0) - 1;
        if (f < 0) {
          first.add(key, d + 1);
          continue;
        }
        if (sameSet(f, x)) {
          canonical[d] = f;
          continue;
        }
        List<Integer> more = others.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (int earlier : more) {
          if (sameSet(earlier, x)) {
            canonical[d] = earlier;
            break;
          }
        }
        if (canonical[d] == d) {
          more.add(d);
        }
      }
      return canonical;
    }

    /** Whether document {@code earlier} has the shingle set of {@code x}. */
    private boolean sameSet(int earlier, Analysed x) {
      Analysed y = docs.get(earlier);
      return y.setSize == x.setSize && Arrays.equals(y.set(store), x.set(store));
    }

    private long[] candidates(int[] canonical, ForkJoinPool pool) {
      DedupOptions.CandidateOptions c = options.candidates();
      if (c.exhaustive()) {
        return allPairs(canonical);
      }
      LongHashSet pairs = new LongHashSet(Math.max(16, docs.size() * 4));
      int[][] sketches = new int[docs.size()][];
      for (int d = 0; d < docs.size(); d++) {
        if (canonical[d] == d) {
          sketches[d] = docs.get(d).sketch;
        }
      }
      int[] sketched = CandidateFinder.sketched(sketches);
      CandidateFinder finder = new CandidateFinder(lsh, c.maxBucket());
      // as CandidateFinder.find, with each group's buckets sorted and paired in parallel
      int group = CandidateFinder.BANDS_PER_PASS;
      for (int from = 0; from < finder.bands(); from += group) {
        int fromBand = from;
        long[][] keys =
            await(
                pool.submit(
                    () ->
                        finder.bandKeys(
                            sketches,
                            sketched,
                            fromBand,
                            Math.min(finder.bands(), fromBand + group))));
        // as many bands paired at once as there are threads: where thousands of near copies fill
        // one bucket in every band, a band's pairs take hundreds of MB until added to the set
        int step = Math.max(1, options.threads());
        for (int first = 0; first < keys.length; first += step) {
          int at = first;
          long[][] perBand = new long[Math.min(step, keys.length - first)][];
          submit(
              pool,
              () ->
                  IntStream.range(0, perBand.length)
                      .parallel()
                      .forEach(band -> perBand[band] = finder.bandPairs(keys[at + band])));
          for (long[] band : perBand) {
            for (long p : band) {
              pairs.add(p);
            }
          }
        }
      }
      if (c.sharedParagraphs()) {
        sharedParagraphPairs(canonical, pairs);
      }
      PassageFingerprints passageSearch = c.passages();
      if (passageSearch != null) {
        int[][] fingerprints = new int[docs.size()][];
        for (int d = 0; d < docs.size(); d++) {
          Analysed x = docs.get(d);
          if (canonical[d] == d) {
            fingerprints[d] = x.passages;
          }
          x.passages = null;
        }
        long[] found = await(pool.submit(() -> passageSearch.pairs(fingerprints, true)));
        for (long p : found) {
          pairs.add(p);
        }
      }
      long[] out = pairs.toArray();
      Arrays.sort(out);
      return out;
    }

    private long[] allPairs(int[] canonical) {
      int[] nodes =
          IntStream.range(0, docs.size())
              .filter(d -> canonical[d] == d && docs.get(d).setSize > 0)
              .toArray();
      long count = (long) nodes.length * (nodes.length - 1) / 2;
      if (count > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "exhaustive verification is limited to 65,000 documents, got " + nodes.length);
      }
      long[] out = new long[(int) count];
      int k = 0;
      for (int x = 0; x < nodes.length; x++) {
        for (int y = x + 1; y < nodes.length; y++) {
          out[k++] = CandidateFinder.pair(nodes[x], nodes[y]);
        }
      }
      return out;
    }

    private void sharedParagraphPairs(int[] canonical, LongHashSet pairs) {
      int total = 0;
      for (int d = 0; d < docs.size(); d++) {
        if (canonical[d] == d) {
          total += docs.get(d).anchors.length;
        }
      }
      long[] keyed = new long[total];
      int n = 0;
      for (int d = 0; d < docs.size(); d++) {
        if (canonical[d] == d) {
          for (long h : docs.get(d).anchors) {
            keyed[n++] = (h & 0xFFFFFFFF00000000L) | d;
          }
        }
      }
      for (long p : CandidateFinder.bucketPairs(keyed, n, options.candidates().maxBucket())) {
        pairs.add(p);
      }
    }

    /** Verifies every row of {@code table}, in parallel on the calling pool. */
    private void verifyAll(PairTable table) {
      IntStream.range(0, table.size()).parallel().forEach(k -> verify(table, k));
    }

    /** Verifies row {@code k} of {@code table}, which names the pair, and fills in the row. */
    private void verify(PairTable table, int k) {
      int i = table.first(k);
      int j = table.second(k);
      Analysed a = docs.get(i);
      Analysed b = docs.get(j);
      int shared = store.intersectionSize(a.setHandle, a.setSize, b.setHandle, b.setSize);
      long[] pa = a.anchors;
      long[] pb = b.anchors;
      long[] sa = a.sentences;
      long[] sb = b.sentences;
      PairScores s =
          new PairScores(
              shared,
              a.setSize,
              b.setSize,
              ShingleSet.intersectionSize(pa, pa.length, pb, pb.length),
              ShingleSet.intersectionSize(sa, sa.length, sb, sb.length));
      Relation relation = options.relations().classify(s);
      boolean figuresDiffer = false;
      if (relation == Relation.VERSION) {
        long[] fa = a.figures;
        long[] fb = b.figures;
        int sharedFigures = ShingleSet.intersectionSize(fa, fa.length, fb, fb.length);
        figuresDiffer = options.relations().differentFigures(sharedFigures, fa.length, fb.length);
        if (figuresDiffer) {
          relation = Relation.PARTIAL; // different facts in one frame: a template's other story
        }
      }
      table.set(k, s, relation, figuresDiffer);
    }

    /**
     * Counts again the sentences that versions resting on sentence evidence share, leaving out
     * sentences that more than {@code maxStories} stories hold (a story: documents joined by
     * identical and near-duplicate links), and names those pairs again: notices written to one
     * template share whole template sentences with dozens of other notices, while the sentences two
     * versions of one story share are found in that story's few versions only. Only the sentences
     * such pairs share are counted, so the count costs little memory.
     */
    private void discountTemplateSentences(int[] canonical, PairTable verified, int maxStories) {
      LongIntHashMap stories = new LongIntHashMap(64);
      for (int k = 0; k < verified.size(); k++) {
        if (restsOnSentences(verified, k)) {
          forEachShared(
              docs.get(verified.first(k)).sentences,
              docs.get(verified.second(k)).sentences,
              h -> stories.add(h, 0));
        }
      }
      if (stories.size() == 0) {
        return;
      }
      int n = docs.size();
      int[] parent = canonical.clone();
      for (int k = 0; k < verified.size(); k++) {
        Relation r = verified.relation(k);
        if (r == Relation.IDENTICAL || r == Relation.NEAR_DUPLICATE) {
          Forest.join(parent, verified.first(k), verified.second(k));
        }
      }
      // each story counts once per sentence: its documents, grouped by a counting sort on the root
      int[] start = new int[n + 1];
      int[] story = new int[n];
      for (int d = 0; d < n; d++) {
        story[d] = Forest.root(parent, d);
        start[story[d] + 1]++;
      }
      for (int r = 0; r < n; r++) {
        start[r + 1] += start[r];
      }
      int[] byStory = new int[n];
      int[] fill = Arrays.copyOf(start, n);
      for (int d = 0; d < n; d++) {
        byStory[fill[story[d]]++] = d;
      }
      for (int r = 0; r < n; r++) {
        LongHashSet seen = start[r + 1] - start[r] > 1 ? new LongHashSet(64) : null;
        for (int k = start[r]; k < start[r + 1]; k++) {
          for (long h : docs.get(byStory[k]).sentences) {
            if (stories.get(h, -1) >= 0 && (seen == null || seen.add(h))) {
              stories.add(h, 1);
            }
          }
        }
      }
      for (int k = 0; k < verified.size(); k++) {
        if (!restsOnSentences(verified, k)) {
          continue;
        }
        Analysed a = docs.get(verified.first(k));
        Analysed b = docs.get(verified.second(k));
        int[] distinctive = new int[1];
        forEachShared(
            a.sentences,
            b.sentences,
            h -> {
              if (stories.get(h, 0) <= maxStories) {
                distinctive[0]++;
              }
            });
        if (distinctive[0] < verified.sentences[k]) {
          PairScores again =
              new PairScores(
                  verified.shared[k], a.setSize, b.setSize, verified.paragraphs[k], distinctive[0]);
          // the row keeps the sentences the two share; only its relation changes
          verified.setRelation(k, options.relations().classify(again), false);
        }
      }
    }

    /**
     * Whether row {@code k} is a version only for the sentences it shares (the rule asked for
     * them).
     */
    private boolean restsOnSentences(PairTable verified, int k) {
      return verified.relation(k) == Relation.VERSION
          && verified.sentences[k] > 0
          && options
              .relations()
              .asksForSentences(
                  verified.scores(
                      k,
                      docs.get(verified.first(k)).setSize,
                      docs.get(verified.second(k)).setSize));
    }

    /** Calls {@code action} with every value in both sorted, distinct arrays. */
    private static void forEachShared(long[] a, long[] b, LongConsumer action) {
      for (int x = 0, y = 0; x < a.length && y < b.length; ) {
        if (a[x] < b[y]) {
          x++;
        } else if (a[x] > b[y]) {
          y++;
        } else {
          action.accept(a[x]);
          x++;
          y++;
        }
      }
    }

    private DedupResult assemble(int[] canonical, LongHashSet boilerplate, ForkJoinPool pool) {
      int n = docs.size();
      int candidatePairs = verified.size();
      PairTable related = verified.related(exactCopyPairs(canonical));
      verified = null; // its unrelated rows are garbage now, before the clusterer's arrays are made
      int m = related.size();
      int links = 0;
      int passages = 0;
      boolean byPassages = options.clusters().attachByPassages();
      for (int k = 0; k < m; k++) {
        if (canonical[related.first(k)] == related.first(k)
            && canonical[related.second(k)] == related.second(k)) {
          Relation r = related.relation(k);
          if (r.clusters()) {
            links++;
          } else if (byPassages && r == Relation.PARTIAL) {
            passages++;
          }
        }
      }
      int[] a = new int[links];
      int[] b = new int[links];
      double[] strength = new double[links];
      boolean[] weak = new boolean[links];
      int[] pa = new int[passages];
      int[] pb = new int[passages];
      links = 0;
      passages = 0;
      for (int k = 0; k < m; k++) {
        int i = related.first(k);
        int j = related.second(k);
        if (canonical[i] != i || canonical[j] != j) {
          continue;
        }
        Relation r = related.relation(k);
        if (r.clusters()) {
          a[links] = i;
          b[links] = j;
          strength[links] = jaccard(related, k);
          weak[links] = r == Relation.CONTAINS || r == Relation.CONTAINED;
          links++;
        } else if (byPassages && r == Relation.PARTIAL) {
          pa[passages] = i;
          pb[passages] = j;
          passages++;
        }
      }
      int[] raw =
          new Clusterer(options.clusters())
              .cluster(n, a, b, strength, weak, pa, pb, options.candidates().maxBucket());
      boolean[] byVocabulary = null;
      if (vocabulary != null) {
        int[] joined = attachByVocabulary(raw, canonical, related, pool);
        byVocabulary = new boolean[n];
        for (int d = 0; d < n; d++) {
          byVocabulary[d] = joined[canonical[d]] != raw[canonical[d]];
        }
        raw = joined;
      }
      int[] cluster = new int[n];
      int[] renumber = new int[n];
      Arrays.fill(renumber, -1);
      int clusters = 0;
      for (int d = 0; d < n; d++) {
        int r = raw[canonical[d]];
        if (renumber[r] < 0) {
          renumber[r] = clusters++;
        }
        cluster[d] = renumber[r];
      }
      int[] representative = representatives(cluster, clusters);
      List<DedupResult.Assignment> assignments = new ArrayList<>(n);
      int empty = 0;
      for (int d = 0; d < n; d++) {
        Analysed x = docs.get(d);
        if (x.words == 0) {
          empty++;
        }
        assignments.add(
            new DedupResult.Assignment(
                x.id,
                cluster[d],
                representative[cluster[d]] == d,
                x.words,
                x.setSize,
                byVocabulary != null && byVocabulary[d]));
      }
      Map<Relation, long[]> counts = new EnumMap<>(Relation.class);
      for (int k = 0; k < m; k++) {
        counts.computeIfAbsent(related.relation(k), r -> new long[1])[0]++;
      }
      Map<Relation, Long> relations = new EnumMap<>(Relation.class);
      counts.forEach((r, c) -> relations.put(r, c[0]));
      String[] ids = new String[n];
      int[] setSizes = new int[n];
      for (int d = 0; d < n; d++) {
        ids[d] = docs.get(d).id;
        setSizes[d] = docs.get(d).setSize;
      }
      int[] rows =
          switch (options.pairs()) {
            case ALL -> null;
            case CLUSTERS -> clusterTrees(related, cluster, representative);
            case NONE -> new int[0];
          };
      List<DedupResult.Pair> pairs = new PairList(related, rows, ids, setSizes);
      return new DedupResult(
          assignments,
          pairs,
          boilerplateList(boilerplate),
          new DedupResult.Stats(
              n,
              empty,
              clusters,
              n - clusters,
              candidatePairs,
              relations,
              characters,
              recipe(options),
              store.spilledLongs() * Long.BYTES));
    }

    /**
     * The clusters after small ones join by vocabulary ({@link VocabularyAttach}): each canonical
     * document is a node standing for itself and its copies.
     */
    private int[] attachByVocabulary(
        int[] raw, int[] canonical, PairTable related, ForkJoinPool pool) {
      int n = docs.size();
      int[] weight = new int[n];
      for (int d = 0; d < n; d++) {
        if (docs.get(d).words > 0) {
          weight[canonical[d]]++;
        }
      }
      int apart = 0;
      for (int k = 0; k < related.size(); k++) {
        if (related.figuresDiffer(k)) {
          apart++;
        }
      }
      int[] apartA = new int[apart];
      int[] apartB = new int[apart];
      apart = 0;
      for (int k = 0; k < related.size(); k++) {
        if (related.figuresDiffer(k)) {
          apartA[apart] = canonical[related.first(k)];
          apartB[apart++] = canonical[related.second(k)];
        }
      }
      int[] clusters = raw;
      return await(
          pool.submit(
              () ->
                  VocabularyAttach.attach(
                      clusters,
                      weight,
                      d -> docs.get(d).vocabulary(store),
                      vocabulary,
                      options.clusters().attachSize(),
                      options.clusters().attachByVocabulary(),
                      apartA,
                      apartB)));
    }

    /**
     * Each exact copy (a document whose set equals an earlier one's) with the first of its copies,
     * as identical rows in pair order.
     */
    private PairTable exactCopyPairs(int[] canonical) {
      int count = 0;
      for (int d = 0; d < canonical.length; d++) {
        if (canonical[d] != d) {
          count++;
        }
      }
      long[] pairs = new long[count];
      count = 0;
      for (int d = 0; d < canonical.length; d++) {
        if (canonical[d] != d) {
          pairs[count++] = CandidateFinder.pair(canonical[d], d);
        }
      }
      Arrays.sort(pairs);
      PairTable out = new PairTable(pairs);
      for (int k = 0; k < count; k++) {
        Analysed copy = docs.get(out.second(k));
        int size = copy.setSize;
        out.set(
            k,
            new PairScores(size, size, size, copy.anchors.length, copy.sentences.length),
            Relation.IDENTICAL,
            false);
      }
      return out;
    }

    /** The Jaccard similarity of row {@code k}. */
    private double jaccard(PairTable table, int k) {
      return table
          .scores(k, docs.get(table.first(k)).setSize, docs.get(table.second(k)).setSize)
          .jaccard();
    }

    /**
     * Indices into {@code related} of the pairs that explain each cluster ({@link ClusterTrees}).
     */
    private int[] clusterTrees(PairTable related, int[] cluster, int[] representative) {
      int m = related.size();
      int[] a = new int[m];
      int[] b = new int[m];
      double[] strength = new double[m];
      boolean[] clusterable = new boolean[m];
      for (int k = 0; k < m; k++) {
        a[k] = related.first(k);
        b[k] = related.second(k);
        strength[k] = jaccard(related, k);
        clusterable[k] = related.relation(k).clusters();
      }
      return ClusterTrees.select(cluster, representative, a, b, strength, clusterable);
    }

    private int[] representatives(int[] cluster, int clusters) {
      // the instants of the dates, read once and only where they decide
      Instant[] when =
          new Instant[options.keep() == DedupOptions.Keep.EARLIEST ? cluster.length : 0];
      for (int d = 0; d < when.length; d++) {
        String date = docs.get(d).date;
        when[d] = date == null ? null : Dates.instant(date);
      }
      int[] rep = new int[clusters];
      Arrays.fill(rep, -1);
      for (int d = 0; d < cluster.length; d++) {
        int c = cluster[d];
        if (rep[c] < 0 || better(d, rep[c], when)) {
          rep[c] = d;
        }
      }
      return rep;
    }

    private boolean better(int d, int current, Instant[] when) {
      return switch (options.keep()) {
        case LONGEST -> {
          // the most words outside boilerplate, then the fewest in it: of a story and its copy in
          // site chrome, the story
          Analysed x = docs.get(d);
          Analysed y = docs.get(current);
          yield x.contentWords != y.contentWords
              ? x.contentWords > y.contentWords
              : x.words < y.words;
        }
        case EARLIEST ->
            when[d] != null && (when[current] == null || when[d].compareTo(when[current]) < 0);
        case FIRST -> false;
      };
    }

    private List<DedupResult.Boilerplate> boilerplateList(LongHashSet boilerplate) {
      List<DedupResult.Boilerplate> out = new ArrayList<>();
      for (long h : boilerplate.toArray()) {
        String text = samples.getOrDefault(h, "");
        boolean truncated = text.length() > Analysed.SAMPLE_CHARS;
        out.add(
            new DedupResult.Boilerplate(
                HexFormat.of().toHexDigits(h),
                truncated ? text.substring(0, Analysed.SAMPLE_CHARS) : text,
                truncated,
                detector.documentFrequency(h)));
      }
      out.sort(
          (x, y) ->
              x.documents() != y.documents()
                  ? Integer.compare(y.documents(), x.documents())
                  : x.hash().compareTo(y.hash()));
      return out;
    }

    private static void submit(ForkJoinPool pool, Runnable task) {
      try {
        pool.submit(task).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw rethrow(e);
      }
    }

    private static <T> T await(Future<T> f) {
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw rethrow(e);
      }
    }

    private static RuntimeException rethrow(ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        return r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      return new IllegalStateException(cause);
    }
  }
}
