package org.doppel.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code BENCHMARKS.md} from the results directory that {@code doppel-bench/run} fills: one
 * folder per corpus size with each tool's {@code .time}, {@code .log}, {@code .status}, {@code
 * .cmd} and output folder, plus {@code env.txt}, {@code commands.txt} and {@code jmh.json}. Only
 * measured figures are printed; a tool that did not run or failed says so.
 */
public final class ReportWriter {

  static final List<String> TOOLS =
      List.of("limit-plain", "limit-analyzer", "doppel", "spark", "javalsh");

  private static final Map<String, String> NAMES =
      Map.of(
          "limit-plain", "hashing limit (plain tokeniser)",
          "limit-analyzer", "hashing limit (doppel TextAnalyzer)",
          "doppel", "**doppel dedup**",
          "spark", "Spark MLlib MinHashLSH",
          "javalsh", "java-lsh LSHMinHash");

  private static final String[] KINDS = {"exact", "version", "reprint", "excerpt-page"};

  private ReportWriter() {}

  /** One tool's measurement at one size. */
  record Row(
      String tool,
      TimeLog time,
      int status,
      Scorer.Scores scores,
      JsonNode limit,
      String load,
      long heapAfterGcMb,
      int fullCollections,
      long spilledBytes) {
    boolean ok() {
      return status == 0 && time != null;
    }
  }

  /** One corpus size. */
  record Size(String name, Path corpus, JsonNode manifest, Map<String, Row> rows) {
    long documents() {
      return manifest.get("documents").asLong();
    }

    double megabytes() {
      return manifest.get("textBytes").asLong() / 1e6;
    }
  }

  /** Reads {@code results} and writes the report to {@code out} (atomically). */
  public static void write(Path results, Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Size> sizes = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(results)) {
      for (Path dir : dirs.filter(d -> Files.exists(d.resolve("corpus.path"))).toList()) {
        Path corpus = Path.of(Files.readString(dir.resolve("corpus.path")).strip());
        JsonNode manifest = json.readTree(corpus.resolve("corpus.json").toFile());
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String tool : TOOLS) {
          Path status = dir.resolve(tool + ".status");
          if (!Files.exists(status)) {
            continue;
          }
          int st = Integer.parseInt(Files.readString(status).strip());
          TimeLog time =
              Files.exists(dir.resolve(tool + ".time"))
                  ? TimeLog.read(dir.resolve(tool + ".time"))
                  : null;
          Scorer.Scores scores = null;
          JsonNode limit = null;
          if (st == 0 && tool.startsWith("limit")) {
            limit = lastJsonLine(json, dir.resolve(tool + ".log"));
          } else if (st == 0 && Files.exists(dir.resolve(tool).resolve("clusters.jsonl"))) {
            scores = Scorer.score(corpus, dir.resolve(tool));
          }
          Path loadFile = dir.resolve(tool + ".load");
          String load = Files.exists(loadFile) ? Files.readString(loadFile).strip() : "";
          GcLog gc = GcLog.read(dir.resolve(tool + ".gc.log"));
          rows.put(
              tool,
              new Row(
                  tool,
                  time,
                  st,
                  scores,
                  limit,
                  load,
                  gc.maxHeapAfterMb(),
                  gc.fullCollections(),
                  spilledBytes(json, dir.resolve(tool).resolve("run.json"))));
        }
        sizes.add(new Size(dir.getFileName().toString(), corpus, manifest, rows));
      }
    }
    sizes.sort((a, b) -> Long.compare(a.documents(), b.documents()));
    StringBuilder md = new StringBuilder();
    Markdown.header(md, results);
    for (Size s : sizes) {
      table(md, s);
    }
    Markdown.scale(md, sizes);
    Markdown.targets(md, sizes);
    Jmh.section(md, results.resolve("jmh.json"), json);
    Markdown.footer(md, results);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.writeString(tmp, md.toString(), StandardCharsets.UTF_8);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * What a -Xlog:gc file says: the largest heap occupancy after a collection, in MiB, and the
   * number of full collections; -1 for each without the file (-1 for the heap when no pause is
   * logged).
   */
  record GcLog(long maxHeapAfterMb, int fullCollections) {

    static GcLog read(Path gcLog) throws IOException {
      if (!Files.exists(gcLog)) {
        return new GcLog(-1, -1);
      }
      long max = -1;
      int full = 0;
      java.util.regex.Pattern p = java.util.regex.Pattern.compile("Pause.*?\\d+M->(\\d+)M\\(");
      for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
        java.util.regex.Matcher m = p.matcher(line);
        if (m.find()) {
          max = Math.max(max, Long.parseLong(m.group(1)));
        }
        if (line.contains("Pause Full")) {
          full++;
        }
      }
      return new GcLog(max, full);
    }
  }

  /** {@code spilled_bytes} of a doppel run.json; -1 when there is none. */
  static long spilledBytes(ObjectMapper json, Path runJson) throws IOException {
    if (!Files.exists(runJson)) {
      return -1;
    }
    JsonNode n = json.readTree(runJson.toFile()).path("spilled_bytes");
    return n.isNumber() ? n.asLong() : -1;
  }

  private static JsonNode lastJsonLine(ObjectMapper json, Path log) throws IOException {
    JsonNode last = null;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.startsWith("{")) {
        last = json.readTree(line);
      }
    }
    return last;
  }

  private static void table(StringBuilder md, Size s) {
    md.append(
        String.format(
            Locale.ROOT,
            "%n### %,d documents (%.1f MB of text, seed %d)%n%n",
            s.documents(),
            s.megabytes(),
            s.manifest().get("seed").asLong()));
    md.append(
        "| tool | wall s | CPU s | peak RSS MiB | docs/s | MB/s | cluster P | cluster R | pair P |"
            + " pair R | found: exact / version / reprint / excerpt | load |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
    for (Row r : s.rows().values()) {
      md.append("| ").append(NAMES.get(r.tool())).append(" | ");
      if (!r.ok()) {
        md.append(
            String.format(
                Locale.ROOT,
                "did not finish (exit %d%s) | | | | | | | | | | %s |%n",
                r.status(),
                r.status() == 124 ? ": timeout" : "",
                r.load()));
        continue;
      }
      TimeLog t = r.time();
      md.append(
          String.format(
              Locale.ROOT,
              "%.1f | %.1f | %,d | %,.0f | %.1f | ",
              t.wallSeconds(),
              t.cpuSeconds(),
              t.maxRssKb() / 1024,
              s.documents() / t.wallSeconds(),
              s.megabytes() / t.wallSeconds()));
      Scorer.Scores sc = r.scores();
      if (sc == null) {
        md.append("- | - | - | - | - | ").append(r.load()).append(" |\n");
        continue;
      }
      StringBuilder kinds = new StringBuilder();
      for (String k : KINDS) {
        double[] v = sc.kindRecall().get(k);
        if (kinds.length() > 0) {
          kinds.append(" / ");
        }
        kinds.append(v == null ? "-" : String.format(Locale.ROOT, "%.2f", v[0] / v[1]));
      }
      md.append(
          String.format(
              Locale.ROOT,
              "%.3f | %.3f | %.3f | %.3f | %s | %s |%n",
              sc.clusterPrecision(),
              sc.clusterRecall(),
              sc.pairPrecision(),
              sc.pairRecall(),
              kinds,
              r.load()));
    }
    Markdown.ratios(md, s);
  }

  static double mbps(Size s, String tool) {
    Row r = s.rows().get(tool);
    return r == null || !r.ok() ? Double.NaN : s.megabytes() / r.time().wallSeconds();
  }

  static double wall(Size s, String tool) {
    Row r = s.rows().get(tool);
    return r == null || !r.ok() ? Double.NaN : r.time().wallSeconds();
  }
}
