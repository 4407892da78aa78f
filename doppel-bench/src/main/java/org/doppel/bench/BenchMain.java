package org.doppel.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doppel.bench.corpus.CorpusGenerator;
import org.doppel.bench.corpus.CorpusReader;
import org.doppel.bench.corpus.NearCopies;
import org.doppel.bench.corpus.SharedTexts;
import org.doppel.bench.corpus.SourceLoader;
import org.doppel.bench.corpus.SourceText;
import org.doppel.bench.limit.HashingLimit;
import org.doppel.bench.peer.JavaLshPeer;
import org.doppel.bench.peer.SparkPeer;
import org.doppel.bench.report.ReportWriter;
import org.doppel.bench.report.Scorer;

/**
 * Entry point of the benchmark tools; {@code doppel-bench/run} calls it once per step, each step in
 * its own JVM so that its peak memory is its own.
 *
 * <pre>
 * generate --docs N --seed S --out DIR [--gzip] [--text-field text] SOURCE...
 * nearcopies --copies N [--edits 4] [--seed S] --out FILE TEXTFILE
 * limit    --corpus DIR [--mode plain|analyzer] [--threads N]
 * javalsh  --corpus DIR --out DIR [--threshold 0.5] [--seed S]
 * spark    --corpus DIR --out DIR [--threshold 0.5] [--seed S] [--cores N]
 * score    --corpus DIR --out DIR
 * report   --results DIR --out FILE
 * </pre>
 */
public final class BenchMain {

  private BenchMain() {}

  /** Runs one step; exits with 2 on a usage error. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage("no command");
    }
    Map<String, String> opt = new HashMap<>();
    List<String> rest = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        String name = args[i].substring(2);
        if (name.equals("gzip")) {
          opt.put(name, "true");
        } else if (i + 1 < args.length) {
          opt.put(name, args[++i]);
        } else {
          usage("missing value for " + args[i]);
        }
      } else {
        rest.add(args[i]);
      }
    }
    long seed = Long.parseLong(opt.getOrDefault("seed", "20261123"));
    double threshold = Double.parseDouble(opt.getOrDefault("threshold", "0.5"));
    int cores = Runtime.getRuntime().availableProcessors();
    switch (args[0]) {
      case "generate" -> {
        List<Path> roots = rest.stream().map(Path::of).toList();
        long t0 = System.nanoTime();
        List<SourceText> sources = SourceLoader.load(roots, opt.getOrDefault("text-field", "text"));
        CorpusGenerator.Summary s =
            new CorpusGenerator(sources)
                .generate(
                    parseCount(required(opt, "docs")),
                    seed,
                    Path.of(required(opt, "out")),
                    opt.containsKey("gzip"),
                    roots);
        System.out.printf(
            Locale.ROOT,
            "generated %d documents (%d groups, %.1f MB of text) from %d source articles in %.1f s;"
                + " kinds %s%n",
            s.documents(),
            s.groups(),
            s.textBytes() / 1e6,
            sources.size(),
            (System.nanoTime() - t0) / 1e9,
            s.kinds());
      }
      case "nearcopies" -> {
        long bytes =
            NearCopies.write(
                Path.of(rest.get(0)),
                (int) parseCount(required(opt, "copies")),
                Integer.parseInt(opt.getOrDefault("edits", "4")),
                seed,
                Path.of(required(opt, "out")));
        System.out.printf(Locale.ROOT, "%d bytes of text%n", bytes);
      }
      case "shared" -> {
        Path out = Path.of(required(opt, "out"));
        long[] n = SharedTexts.write(Path.of(rest.get(0)), out);
        System.out.printf(Locale.ROOT, "%d documents %d bytes%n", n[0], n[1]);
      }
      case "limit" ->
          HashingLimit.print(
              HashingLimit.run(
                  CorpusReader.docsFile(Path.of(required(opt, "corpus"))),
                  opt.getOrDefault("mode", "plain"),
                  Integer.parseInt(opt.getOrDefault("threads", String.valueOf(cores)))),
              System.out);
      case "javalsh" ->
          JavaLshPeer.run(
              CorpusReader.docsFile(Path.of(required(opt, "corpus"))),
              Path.of(required(opt, "out")),
              threshold,
              seed);
      case "spark" ->
          SparkPeer.run(
              CorpusReader.docsFile(Path.of(required(opt, "corpus"))),
              Path.of(required(opt, "out")),
              threshold,
              seed,
              Integer.parseInt(opt.getOrDefault("cores", String.valueOf(cores))));
      case "score" -> {
        Scorer.Scores s =
            Scorer.score(Path.of(required(opt, "corpus")), Path.of(required(opt, "out")));
        System.out.println(s);
      }
      case "report" ->
          ReportWriter.write(Path.of(required(opt, "results")), Path.of(required(opt, "out")));
      default -> usage("unknown command " + args[0] + " in " + Arrays.toString(args));
    }
  }

  /** Parses 10000, 10k, 100k, 1m. */
  static long parseCount(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    if (t.endsWith("k")) {
      return Long.parseLong(t.substring(0, t.length() - 1)) * 1_000;
    }
    if (t.endsWith("m")) {
      return Long.parseLong(t.substring(0, t.length() - 1)) * 1_000_000;
    }
    return Long.parseLong(t);
  }

  private static String required(Map<String, String> opt, String name) {
    String v = opt.get(name);
    if (v == null) {
      usage("--" + name + " is required");
    }
    return v;
  }

  private static void usage(String message) {
    System.err.println("doppel-bench: " + message + " (see doppel-bench/README.md)");
    System.exit(2);
  }
}
