package org.doppel.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JMH section: each benchmark class pairs a {@code baseline} method with the engine's stage;
 * the table shows both scores and the ratio stage / baseline (for throughput, above 1 means the
 * stage is faster than its baseline).
 */
final class Jmh {

  private Jmh() {}

  static void section(StringBuilder md, Path file, ObjectMapper json) throws IOException {
    md.append("\n## Stage benchmarks (JMH)\n\n");
    if (!Files.exists(file)) {
      md.append("Not run (`--jmh off`, or JMH failed: see jmh.log).\n");
      return;
    }
    JsonNode all = json.readTree(file.toFile());
    Map<String, Map<String, JsonNode>> byClass = new LinkedHashMap<>();
    for (JsonNode b : all) {
      String name = b.get("benchmark").asText();
      int dot = name.lastIndexOf('.');
      String cls = name.substring(name.lastIndexOf('.', dot - 1) + 1, dot);
      String key = cls + params(b);
      byClass.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(name.substring(dot + 1), b);
    }
    md.append("| benchmark | method | score | error | unit | ratio to baseline |\n")
        .append("|---|---|---:|---:|---|---:|\n");
    for (Map.Entry<String, Map<String, JsonNode>> e : byClass.entrySet()) {
      JsonNode base = null;
      String baseName = "";
      for (Map.Entry<String, JsonNode> m : e.getValue().entrySet()) {
        if (m.getKey().startsWith("baseline")) {
          base = m.getValue();
          baseName = m.getKey();
        }
      }
      for (Map.Entry<String, JsonNode> m : e.getValue().entrySet()) {
        JsonNode metric = m.getValue().get("primaryMetric");
        double score = metric.get("score").asDouble();
        String ratio = "";
        if (base != null && !m.getKey().equals(baseName)) {
          double b = base.get("primaryMetric").get("score").asDouble();
          ratio = String.format(Locale.ROOT, "%.2f", score / b);
        }
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %,.1f | %,.1f | %s | %s |%n",
                e.getKey(),
                m.getKey(),
                score,
                metric.get("scoreError").asDouble(),
                metric.get("scoreUnit").asText(),
                ratio));
      }
    }
  }

  private static String params(JsonNode b) {
    JsonNode p = b.get("params");
    if (p == null || p.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" (");
    for (Map.Entry<String, JsonNode> f : p.properties()) {
      sb.append(sb.length() > 2 ? ", " : "").append(f.getKey()).append('=');
      sb.append(f.getValue().asText());
    }
    return sb.append(')').toString();
  }
}
