package org.doppel.cli.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * The pairs of a {@code pairs.jsonl} written by dedup, whatever their relation, each as {@link
   * #pairKey} of the last path segments of its two ids (a corpus read from several directories
   * names its documents by their paths inside them).
   */
  public static Set<String> pairs(Path file) {
    Set<String> out = new HashSet<>();
    String name = file.toString();
    objects(
        file,
        (n, node) ->
            out.add(
                pairKey(scalar(name, n, "a", node.get("a")), scalar(name, n, "b", node.get("b")))));
    return out;
  }

  /** The key of an unordered pair of documents: their last path segments, tab-separated, sorted. */
  public static String pairKey(String a, String b) {
    String x = a.substring(a.lastIndexOf('/') + 1);
    String y = b.substring(b.lastIndexOf('/') + 1);
    return x.compareTo(y) <= 0 ? x + "\t" + y : y + "\t" + x;
  }

  /** What is done with each JSON object of a JSONL file, with its line number. */
  private interface LineObject {
    void accept(long line, JsonNode node);
  }

  /**
   * Hands every object line of {@code file} (gzipped or not, strict UTF-8, as {@link TextFiles}
   * reads every file) to {@code each}; blank lines are skipped, anything else is bad input naming
   * the line.
   */
  private static void objects(Path file, LineObject each) {
    String name = file.toString();
    String text = TextFiles.read(file);
    long n = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      n++;
      if (line.isBlank()) {
        continue;
      }
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
      each.accept(n, node);
    }
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
