package org.doppel.bench.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a tool's {@code clusters.jsonl} and {@code pairs.jsonl} against {@code truth.jsonl}.
 *
 * <ul>
 *   <li>Clusters: pairwise precision and recall over same-cluster pairs (every pair of documents in
 *       one predicted cluster is a predicted pair; every pair in one gold cluster a gold pair).
 *       Documents a tool does not list are singletons.
 *   <li>Pairs: the distinct pairs the tool reports with a clustering relation (everything but
 *       {@code partial} and {@code unrelated}); precision is the share in one gold cluster, recall
 *       the share of gold pairs reported.
 *   <li>Per kind: the share of derived documents of each kind that the tool puts in its original's
 *       cluster.
 * </ul>
 */
public final class Scorer {

  private Scorer() {}

  /** The scores of one run. */
  public record Scores(
      double clusterPrecision,
      double clusterRecall,
      double pairPrecision,
      double pairRecall,
      long goldPairs,
      long predictedClusterPairs,
      long reportedPairs,
      Map<String, double[]> kindRecall) {

    /** F1 of the cluster scores. */
    public double clusterF1() {
      return f1(clusterPrecision, clusterRecall);
    }

    /** F1 of the pair scores. */
    public double pairF1() {
      return f1(pairPrecision, pairRecall);
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private record Gold(int cluster, String kind, String root) {}

  /** Scores the run in {@code output} against the truth of {@code corpus}. */
  public static Scores score(Path corpus, Path output) throws IOException {
    Map<String, Integer> clusterIds = new HashMap<>();
    Map<String, Gold> gold = new HashMap<>();
    read(
        corpus.resolve("truth.jsonl"),
        f -> {
          int c = clusterIds.computeIfAbsent(f.get("cluster"), k -> clusterIds.size());
          gold.put(f.get("id"), new Gold(c, f.get("kind"), f.get("cluster")));
        });
    Map<String, String> predicted = new HashMap<>();
    read(output.resolve("clusters.jsonl"), f -> predicted.put(f.get("id"), f.get("cluster")));
    // cluster pairs via the contingency table
    Map<Integer, Long> goldSize = new HashMap<>();
    Map<String, Long> predSize = new HashMap<>();
    Map<String, Long> cell = new HashMap<>();
    for (Map.Entry<String, Gold> e : gold.entrySet()) {
      String p = predicted.getOrDefault(e.getKey(), "\u0000" + e.getKey());
      int g = e.getValue().cluster();
      goldSize.merge(g, 1L, Long::sum);
      predSize.merge(p, 1L, Long::sum);
      cell.merge(g + "\u0001" + p, 1L, Long::sum);
    }
    long goldPairs = pairs(goldSize.values());
    long predPairs = pairs(predSize.values());
    long common = pairs(cell.values());
    // reported pairs
    Set<String> seen = new HashSet<>();
    long reported = 0;
    long correct = 0;
    Path pairsFile = output.resolve("pairs.jsonl");
    if (Files.exists(pairsFile)) {
      long[] counts = new long[2];
      read(
          pairsFile,
          f -> {
            String rel = f.getOrDefault("relation", "near-duplicate");
            if (rel.equals("partial") || rel.equals("unrelated")) {
              return;
            }
            String a = f.get("a");
            String b = f.get("b");
            String key = a.compareTo(b) < 0 ? a + "\u0001" + b : b + "\u0001" + a;
            if (!seen.add(key)) {
              return;
            }
            counts[0]++;
            Gold ga = gold.get(a);
            Gold gb = gold.get(b);
            if (ga != null && gb != null && ga.cluster() == gb.cluster()) {
              counts[1]++;
            }
          });
      reported = counts[0];
      correct = counts[1];
    }
    // per kind: derived document in its original's predicted cluster
    Map<String, double[]> kinds = new TreeMap<>();
    for (Map.Entry<String, Gold> e : gold.entrySet()) {
      Gold g = e.getValue();
      if (g.kind().equals("unique") || g.kind().equals("original")) {
        continue;
      }
      String p = predicted.get(e.getKey());
      boolean hit = p != null && p.equals(predicted.get(g.root()));
      double[] k = kinds.computeIfAbsent(g.kind(), x -> new double[2]);
      k[0] += hit ? 1 : 0;
      k[1]++;
    }
    return new Scores(
        predPairs == 0 ? 1 : (double) common / predPairs,
        goldPairs == 0 ? 1 : (double) common / goldPairs,
        reported == 0 ? 1 : (double) correct / reported,
        goldPairs == 0 ? 1 : (double) correct / goldPairs,
        goldPairs,
        predPairs,
        reported,
        kinds);
  }

  private static long pairs(Iterable<Long> sizes) {
    long n = 0;
    for (long s : sizes) {
      n += s * (s - 1) / 2;
    }
    return n;
  }

  /** Reads flat JSON objects, one per line, as string fields. */
  static void read(Path file, java.util.function.Consumer<Map<String, String>> sink)
      throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20);
        JsonParser p = new JsonFactory().createParser(in)) {
      Map<String, String> fields = new HashMap<>();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        fields.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken t = p.nextToken();
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
          } else {
            fields.put(name, p.getValueAsString());
          }
        }
        sink.accept(fields);
      }
    }
  }
}
