package org.doppel.bench.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.doppel.text.Mix;

/**
 * Builds a dedup corpus with known truth from real articles, streaming: documents are made group by
 * group (an original and its derived documents), pass through a seeded shuffle window, and are
 * written as JSONL ({@code {"id","text"}}) with {@code truth.jsonl} beside them ({@code
 * {"id","cluster","kind","of"}}) and a {@code corpus.json} manifest. Same seed, sources and size
 * give the same bytes.
 *
 * <p>Originals are the real articles in a seeded order; once they are used up, new originals are
 * same-topic collages of real sentences. 40% of originals get 1 to 4 derived documents ({@link
 * Variants.Kind}); the rest stay alone: unrelated documents, many on the same topics.
 */
public final class CorpusGenerator {

  /**
   * Format version of the corpus files (docs, truth, manifest); 3: sources that are near copies of
   * another source, or mostly inside one, are left out ({@link SourceLoader}).
   */
  public static final int FORMAT_VERSION = 3;

  /** Percent of originals that get derived documents. */
  static final int DERIVED_PERCENT = 40;

  /** Documents held back and emitted in random order, so that a cluster is not contiguous. */
  static final int SHUFFLE_WINDOW = 50_000;

  private final List<SourceText> sources;
  private final TopicPool pool;
  private final Variants variants;

  /** A generator over the given real articles. */
  public CorpusGenerator(List<SourceText> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no source articles found");
    }
    this.sources = sources;
    this.pool = new TopicPool(sources);
    this.variants = new Variants(pool);
  }

  /** What was written. */
  public record Summary(long documents, long groups, long textBytes, Map<String, Long> kinds) {}

  /**
   * Writes a corpus of {@code documents} documents into {@code out}.
   *
   * @param gzip whether to gzip the documents file ({@code docs.jsonl.gz})
   */
  public Summary generate(long documents, long seed, Path out, boolean gzip, List<Path> roots)
      throws IOException {
    Files.createDirectories(out);
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] order = permutation(sources.size(), rnd.split());
    String docsName = gzip ? "docs.jsonl.gz" : "docs.jsonl";
    Path docsTmp = out.resolve(docsName + ".tmp");
    Path truthTmp = out.resolve("truth.jsonl.tmp");
    JsonFactory json = new JsonFactory();
    Map<String, Long> kinds = new java.util.TreeMap<>();
    long written = 0;
    long groups = 0;
    long bytes = 0;
    try (OutputStream docsRaw = new BufferedOutputStream(Files.newOutputStream(docsTmp), 1 << 20);
        OutputStream docsOut = gzip ? new GZIPOutputStream(docsRaw, 1 << 16) : docsRaw;
        OutputStream truthOut = new BufferedOutputStream(Files.newOutputStream(truthTmp), 1 << 20);
        JsonGenerator docs = json.createGenerator(docsOut, JsonEncoding.UTF8);
        JsonGenerator truth = json.createGenerator(truthOut, JsonEncoding.UTF8)) {
      docs.setRootValueSeparator(null);
      truth.setRootValueSeparator(null);
      List<Pending> window = new ArrayList<>();
      SplittableRandom shuffle = rnd.split();
      long made = 0;
      int next = 0;
      while (made < documents) {
        String rootId = id(seed, made);
        List<String> original;
        String topic;
        String origin;
        if (next < order.length) {
          SourceText s = sources.get(order[next++]);
          original = s.paragraphs();
          topic = pool.topicOf(s);
          origin = s.source();
        } else {
          // a same-topic collage as long as a random real article, so that documents keep the
          // same size distribution at every corpus size
          SourceText model = sources.get(rnd.nextInt(sources.size()));
          topic = pool.topicOf(model);
          original = pool.collage(topic, Math.max(600, model.text().length()), rnd);
          origin = "collage";
        }
        int derived = rnd.nextInt(100) < DERIVED_PERCENT ? 1 + rnd.nextInt(4) : 0;
        derived = (int) Math.min(derived, documents - made - 1);
        String rootKind = derived == 0 ? "unique" : "original";
        window.add(new Pending(rootId, String.join("\n\n", original), rootId, rootKind, origin));
        made++;
        for (int d = 0; d < derived; d++) {
          Variants.Kind kind = Variants.Kind.pick(rnd);
          List<String> text = variants.derive(kind, original, topic, rnd);
          window.add(
              new Pending(id(seed, made), String.join("\n\n", text), rootId, kind.label, origin));
          made++;
        }
        groups++;
        while (window.size() > SHUFFLE_WINDOW) {
          bytes += emit(window, shuffle, docs, truth, kinds);
          written++;
        }
      }
      while (!window.isEmpty()) {
        bytes += emit(window, shuffle, docs, truth, kinds);
        written++;
      }
    }
    Files.move(docsTmp, out.resolve(docsName), StandardCopyOption.REPLACE_EXISTING);
    Files.move(truthTmp, out.resolve("truth.jsonl"), StandardCopyOption.REPLACE_EXISTING);
    Summary summary = new Summary(written, groups, bytes, kinds);
    writeManifest(out, seed, docsName, roots, summary);
    return summary;
  }

  private record Pending(String id, String text, String cluster, String kind, String origin) {}

  private static long emit(
      List<Pending> window,
      SplittableRandom rnd,
      JsonGenerator docs,
      JsonGenerator truth,
      Map<String, Long> kinds)
      throws IOException {
    int i = rnd.nextInt(window.size());
    Pending p = window.get(i);
    window.set(i, window.get(window.size() - 1));
    window.remove(window.size() - 1);
    docs.writeStartObject();
    docs.writeStringField("id", p.id());
    docs.writeStringField("text", p.text());
    docs.writeEndObject();
    docs.writeRaw('\n');
    truth.writeStartObject();
    truth.writeStringField("id", p.id());
    truth.writeStringField("cluster", p.cluster());
    truth.writeStringField("kind", p.kind());
    truth.writeStringField("origin", p.origin());
    truth.writeEndObject();
    truth.writeRaw('\n');
    kinds.merge(p.kind(), 1L, Long::sum);
    return p.text().getBytes(StandardCharsets.UTF_8).length;
  }

  /** Opaque, unique ids: a bijective mix of the document number (clusters are not guessable). */
  private static String id(long seed, long n) {
    return String.format(Locale.ROOT, "%016x", Mix.fmix64(n ^ (seed * 0x9E3779B97F4A7C15L)));
  }

  private static int[] permutation(int n, SplittableRandom rnd) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private void writeManifest(Path out, long seed, String docsName, List<Path> roots, Summary s)
      throws IOException {
    Map<String, Long> bySource = new java.util.TreeMap<>();
    for (SourceText t : sources) {
      bySource.merge(t.source(), 1L, Long::sum);
    }
    Path tmp = out.resolve("corpus.json.tmp");
    try (JsonGenerator g = new JsonFactory().createGenerator(Files.newOutputStream(tmp))) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeStringField("generator", "org.doppel.bench.corpus.CorpusGenerator");
      g.writeNumberField("seed", seed);
      g.writeNumberField("documents", s.documents());
      g.writeNumberField("groups", s.groups());
      g.writeNumberField("textBytes", s.textBytes());
      g.writeStringField("docs", docsName);
      g.writeStringField("truth", "truth.jsonl");
      g.writeNumberField("derivedPercent", DERIVED_PERCENT);
      g.writeNumberField("shuffleWindow", SHUFFLE_WINDOW);
      g.writeArrayFieldStart("sourceRoots");
      for (Path r : roots) {
        g.writeString(r.toAbsolutePath().normalize().toString());
      }
      g.writeEndArray();
      g.writeObjectFieldStart("sourceArticles");
      for (Map.Entry<String, Long> e : bySource.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("kinds");
      for (Map.Entry<String, Long> e : s.kinds().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    Files.move(tmp, out.resolve("corpus.json"), StandardCopyOption.REPLACE_EXISTING);
  }
}
