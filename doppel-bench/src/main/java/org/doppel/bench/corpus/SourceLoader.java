package org.doppel.bench.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.doppel.Dedup;
import org.doppel.DedupOptions;
import org.doppel.DedupResult;
import org.doppel.boilerplate.BoilerplateOptions;
import org.doppel.text.Document;
import org.doppel.verify.PairScores;

/**
 * Reads real articles from the shared evaluation data or from any directory of text or JSONL files.
 * Texts that already reuse each other in the source are left out so that the generator's truth
 * stays true: PAN suspicious documents, Clough-Stevenson answers, all but the newest Wikipedia
 * revision, repeated bodies (compared after lower-casing and collapsing white space), and near
 * copies of an earlier text ({@link #withoutNearCopies}).
 */
public final class SourceLoader {

  /** Articles shorter than this many words are left out. */
  public static final int MIN_WORDS = 25;

  /**
   * Word 5-gram Jaccard (or containment of either text in the other) from which a text is a near
   * copy of an earlier one and left out.
   */
  public static final double NEAR_COPY_JACCARD = 0.8;

  private static final Pattern REUTERS =
      Pattern.compile("<REUTERS[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern TOPIC = Pattern.compile("<TOPICS><D>([^<]*)</D>");
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot);");
  private static final Pattern SKIP_NAME =
      Pattern.compile(
          "(?i)(readme|provenance|license|licence|attribution|sha256sums|all-.*-strings|cat-desc|feldman).*");

  private final List<SourceText> texts = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final String textField;

  private SourceLoader(String textField) {
    this.textField = textField;
  }

  /**
   * Loads every usable article under {@code roots}, in a stable (sorted path) order.
   *
   * @param textField the field that holds the text in JSONL inputs
   */
  public static List<SourceText> load(List<Path> roots, String textField) throws IOException {
    SourceLoader loader = new SourceLoader(textField);
    for (Path root : roots) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      Map<Path, Path> newestRevision = new TreeMap<>();
      for (Path f : files) {
        String name = f.getFileName().toString();
        String path = f.toString().replace('\\', '/');
        // PAN suspicious documents and Clough-Stevenson answers reuse their sources: left out
        if (SKIP_NAME.matcher(name).matches() || reusesOthers(path, name)) {
          continue;
        }
        if (name.endsWith(".sgm")) {
          loader.addReuters(f);
        } else if (path.contains("/version_documents/") && name.matches("\\d+\\.txt")) {
          newestRevision.merge(f.getParent(), f, SourceLoader::newer);
        } else if (name.endsWith(".txt") && !Files.exists(f.resolveSibling("reut2-000.sgm"))) {
          String topic = f.getParent().getFileName().toString();
          loader.add(sourceName(root, f), topic, Files.readString(f, charsetOf(f)));
        } else if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
          loader.addJsonl(f, sourceName(root, f));
        }
      }
      for (Path f : newestRevision.values()) {
        loader.add("wikipedia-versions", "wikipedia", Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return withoutNearCopies(loader.texts);
  }

  /**
   * Every text but those that are near copies of an earlier one: word 5-gram Jaccard of at least
   * {@value #NEAR_COPY_JACCARD}, or at least that share of either text inside the other, verified
   * exactly on the whole texts (no boilerplate left out). Wire services re-issue stories with a
   * correction, a new dateline or an added paragraph; kept as two sources they would be two gold
   * groups that every deduplicator rightly joins.
   */
  static List<SourceText> withoutNearCopies(List<SourceText> texts) {
    DedupOptions options =
        DedupOptions.defaults().withBoilerplate(BoilerplateOptions.defaults().disabled());
    DedupResult result =
        Dedup.run(
            options,
            IntStream.range(0, texts.size())
                .mapToObj(i -> Document.of(Integer.toString(i), texts.get(i).text())));
    boolean[] drop = new boolean[texts.size()];
    for (DedupResult.Pair p : result.pairs()) {
      PairScores scores = p.scores();
      if (scores.jaccard() >= NEAR_COPY_JACCARD
          || Math.max(scores.containmentAInB(), scores.containmentBInA()) >= NEAR_COPY_JACCARD) {
        drop[Math.max(Integer.parseInt(p.a()), Integer.parseInt(p.b()))] = true;
      }
    }
    List<SourceText> kept = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!drop[i]) {
        kept.add(texts.get(i));
      }
    }
    return List.copyOf(kept);
  }

  private static boolean reusesOthers(String path, String name) {
    return path.contains("/susp/")
        || path.contains("/pairs/")
        || (path.contains("clough") && !name.startsWith("orig_"));
  }

  private static Path newer(Path a, Path b) {
    return revision(a) >= revision(b) ? a : b;
  }

  private static int revision(Path p) {
    String n = p.getFileName().toString();
    return Integer.parseInt(n.substring(0, n.length() - 4));
  }

  private static java.nio.charset.Charset charsetOf(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (java.nio.charset.CharacterCodingException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }

  private static String sourceName(Path root, Path f) {
    Path rel = root.relativize(f);
    return rel.getNameCount() > 1 ? rel.getName(0).toString() : root.getFileName().toString();
  }

  private void addReuters(Path f) throws IOException {
    String sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
    Matcher m = REUTERS.matcher(sgml);
    while (m.find()) {
      String record = m.group(1);
      Matcher body = BODY.matcher(record);
      if (!body.find()) {
        continue;
      }
      Matcher topic = TOPIC.matcher(record);
      String t = topic.find() ? topic.group(1) : "none";
      String text = unescape(body.group(1)).replaceAll("(?s)\\s*Reuter\\s*$", "");
      add("reuters21578", t, text);
    }
  }

  /** Replaces the SGML character references of Reuters-21578 (control characters are dropped). */
  static String unescape(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r =
          switch (e) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> {
              int cp = Integer.parseInt(e.substring(1));
              yield cp < 32 ? "" : new String(Character.toChars(cp));
            }
          };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private void addJsonl(Path f, String source) throws IOException {
    JsonFactory factory = new JsonFactory();
    try (InputStream raw = Files.newInputStream(f);
        InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String text = null;
        String topic = source;
        try (JsonParser p = factory.createParser(line)) {
          p.nextToken();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals(textField)) {
              text = p.getValueAsString();
            } else if (field.equals("topic") || field.equals("category")) {
              topic = p.getValueAsString();
            } else {
              p.skipChildren();
            }
          }
        }
        if (text != null) {
          add(source, topic, text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  private void add(String source, String topic, String text) {
    List<String> paragraphs = Paragraphs.split(text);
    int words = 0;
    for (String p : paragraphs) {
      words += Paragraphs.wordCount(p);
    }
    if (words < MIN_WORDS) {
      return;
    }
    String key = String.join(" ", paragraphs).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (seen.add(key)) {
      texts.add(new SourceText(source, topic, paragraphs));
    }
  }
}
