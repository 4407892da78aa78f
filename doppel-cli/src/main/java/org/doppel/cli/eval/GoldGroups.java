package org.doppel.cli.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doppel.BadInputException;
import org.doppel.cli.io.Json;
import org.doppel.cli.io.TextFiles;

/** Loaders of gold groups (document id to group label) and of the pairs dedup lists. */
public final class GoldGroups {

  private GoldGroups() {}

  /**
   * The wikipedia-versions set: every revision {@code version_documents/<article>/<k>.txt} belongs
   * to the group of its article; ids are {@code <article>/<k>.txt}, as {@code doppel dedup
   * DIR/version_documents} names them.
   */
  public static Map<String, String> wikipediaVersions(Path dir) {
    Path docs = dir.resolve("version_documents");
    if (!Files.isDirectory(docs)) {
      docs = dir;
    }
    if (!Files.isDirectory(docs)) {
      throw new BadInputException(
          dir.toString(), 0, null, Files.exists(dir) ? "not a directory" : "no such directory");
    }
    Map<String, String> gold = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(docs)) {
      Path root = docs;
      for (Path f : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        Path rel = root.relativize(f);
        if (rel.getNameCount() == 2 && rel.getFileName().toString().endsWith(".txt")) {
          gold.put(rel.toString().replace('\\', '/'), rel.getName(0).toString());
        }
      }
    } catch (IOException e) {
      throw new BadInputException(dir.toString(), 0, null, "cannot list: " + e.getMessage(), e);
    }
    if (gold.isEmpty()) {
      throw new BadInputException(dir.toString(), 0, null, "no <article>/<k>.txt files found");
    }
    return gold;
  }

  /**
   * A JSONL file of {@code {"id": ..., "group": ...}} lines; {@code "cluster"} is read where {@code
   * "group"} is absent (the truth files of doppel-bench's corpus generator).
   */
  public static Map<String, String> jsonl(Path file) {
    return labels(file, "group");
  }

  /** The {@code id -> cluster} labels of a {@code clusters.jsonl} written by dedup. */
  public static Map<String, String> clusters(Path file) {
    return labels(file, "cluster");
  }

  /**
   * Reads {@code id -> label} lines of {@code file} (gzipped or not, strict UTF-8, as {@link
   * TextFiles} reads every file); ids and labels must be strings or numbers, and the file must hold
   * at least one line.
   */
  private static Map<String, String> labels(Path file, String field) {
    Map<String, String> out = new LinkedHashMap<>();
    String name = file.toString();
    objects(
        file,
        (n, node) -> {
          String labelField = field;
          JsonNode label = node.get(field);
          if ((label == null || label.isNull())
              && field.equals("group")
              && node.hasNonNull("cluster")) {
            labelField = "cluster";
            label = node.get("cluster");
          }
          String id = scalar(name, n, "id", node.get("id"));
          if (out.put(id, scalar(name, n, labelField, label)) != null) {
            throw new BadInputException(name, n, "id", "duplicate id '" + id + "'");
          }
        });
    if (out.isEmpty()) {
      throw new BadInputException(name, 0, null, "empty: no {\"id\", \"" + field + "\"} lines");
    }
    return out;
  }

  /**
   * The pairs of a {@code pairs.jsonl} written by dedup, whatever their relation, with documents
   * named by the last path segments of their ids (a corpus read from several directories names its
   * documents by their paths inside them).
   */
  public static ListedPairs pairs(Path file) {
    String name = file.toString();
    List<String[]> all = new ArrayList<>();
    Map<String, String> parent = new HashMap<>();
    objects(
        file,
        (n, node) -> {
          String a = lastSegment(scalar(name, n, "a", node.get("a")));
          String b = lastSegment(scalar(name, n, "b", node.get("b")));
          all.add(new String[] {a, b});
          JsonNode relation = node.get("relation");
          if (relation != null && "identical".equals(relation.asText())) {
            String ra = root(parent, a);
            String rb = root(parent, b);
            if (!ra.equals(rb)) {
              parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
            }
          }
        });
    Map<String, String> copyOf = new HashMap<>();
    for (String d : parent.keySet()) {
      copyOf.put(d, root(parent, d));
    }
    Set<String> keys = new HashSet<>();
    for (String[] p : all) {
      keys.add(pairKey(copyOf.getOrDefault(p[0], p[0]), copyOf.getOrDefault(p[1], p[1])));
    }
    return new ListedPairs(Set.copyOf(keys), Map.copyOf(copyOf), all.size());
  }

  private static String root(Map<String, String> parent, String d) {
    String r = d;
    for (String up = parent.get(r); up != null && !up.equals(r); up = parent.get(r)) {
      r = up;
    }
    return r;
  }

  private static String lastSegment(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  /**
   * The pairs a {@code pairs.jsonl} lists. Dedup verifies a group of exact copies (identical
   * shingle sets) once: another document's pair with the group is listed with one member, and each
   * copy's {@code identical} pair with it. So a pair counts as listed when it is listed for any
   * copy of either document.
   *
   * @param keys {@link #pairKey} of each listed pair, each document named by its group of copies
   * @param copyOf each document in a group of copies, to the name that stands for the group
   * @param lines the pairs in the file
   */
  public record ListedPairs(Set<String> keys, Map<String, String> copyOf, int lines) {

    /** Whether the pair of documents {@code a} and {@code b} (by file name) is listed. */
    public boolean lists(String a, String b) {
      String x = lastSegment(a);
      String y = lastSegment(b);
      return keys.contains(pairKey(copyOf.getOrDefault(x, x), copyOf.getOrDefault(y, y)));
    }
  }

  /** The key of an unordered pair of documents: their last path segments, tab-separated, sorted. */
  public static String pairKey(String a, String b) {
    String x = lastSegment(a);
    String y = lastSegment(b);
    return x.compareTo(y) <= 0 ? x + "\t" + y : y + "\t" + x;
  }

  /** What is done with each JSON object of a JSONL file, with its line number. */
  private interface LineObject {
    void accept(long line, JsonNode node);
  }

  /**
   * Hands every object line of {@code file} (gzipped or not, strict UTF-8, read a line at a time by
   * {@link TextFiles#forEachLine}, so that a pairs.jsonl larger than memory can be scored) to
   * {@code each}; blank lines are skipped, anything else is bad input naming the line.
   */
  private static void objects(Path file, LineObject each) {
    String name = file.toString();
    TextFiles.forEachLine(
        file,
        (n, line) -> {
          if (!line.isBlank()) {
            each.accept(n, object(name, n, line));
          }
        });
  }

  /** The JSON object on line {@code n} of {@code name}; anything else is bad input. */
  private static JsonNode object(String name, long n, String line) {
    JsonNode node;
    try (JsonParser p = Json.MAPPER.createParser(line)) {
      node = Json.MAPPER.readTree(p);
      if (p.nextToken() != null) {
        throw new BadInputException(
            name, n, null, "malformed JSON: text after the object (one object per line)");
      }
    } catch (JsonProcessingException e) {
      String reason = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
      throw new BadInputException(
          name,
          n,
          null,
          "malformed JSON: "
              + reason
              + (e.getLocation() != null && e.getLocation().getColumnNr() > 0
                  ? " (column " + e.getLocation().getColumnNr() + ")"
                  : ""));
    } catch (IOException e) {
      throw new BadInputException(name, n, null, "malformed JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadInputException(name, n, null, "expected a JSON object");
    }
    return node;
  }

  /** The text of a string or number field; anything else is bad input. */
  private static String scalar(String file, long line, String field, JsonNode value) {
    if (value == null || value.isNull()) {
      throw new BadInputException(file, line, field, "missing");
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new BadInputException(
          file,
          line,
          field,
          "not a string or number: " + value.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    return value.asText();
  }

  /** Labels of {@code ids} in order, from {@code labels}; a missing id becomes a singleton. */
  public static List<String> labelsOf(List<String> ids, Map<String, String> labels, String prefix) {
    return ids.stream()
        .map(id -> labels.containsKey(id) ? labels.get(id) : prefix + "singleton:" + id)
        .collect(Collectors.toList());
  }
}
