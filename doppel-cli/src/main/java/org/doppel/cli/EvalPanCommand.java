package org.doppel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.doppel.align.AlignOptions;
import org.doppel.align.Aligner;
import org.doppel.align.Passage;
import org.doppel.cli.io.TextFiles;
import org.doppel.cli.pan.Annotation;
import org.doppel.cli.pan.PanCorpus;
import org.doppel.cli.pan.PlagDet;
import org.doppel.text.AnalyzedText;
import org.doppel.text.TextAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code doppel eval pan DIR}: PlagDet of the passage aligner on a PAN text-alignment corpus. */
@Command(
    name = "pan",
    mixinStandardHelpOptions = true,
    description = {
      "Align every pair of a PAN text-alignment corpus (suspicious document as A, source as B)"
          + " and print PlagDet, precision, recall and granularity, overall and per category."
    })
public final class EvalPanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      description = "Corpus folder with susp/, src/ and category folders.")
  Path dir;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--min-plagdet",
      description = "Exit with code 5 when the overall PlagDet is below this value.")
  double minPlagdet = 0;

  @Option(names = "--seed", description = "Tuning: seed similarity (default: ${DEFAULT-VALUE}).")
  double seed = AlignOptions.defaults().seedSimilarity();

  @Option(
      names = "--gap",
      description = "Tuning: joining gap in units (default: ${DEFAULT-VALUE}).")
  int gap = AlignOptions.defaults().maxGap();

  @Option(
      names = "--validation",
      description = "Tuning: passage cosine (default: ${DEFAULT-VALUE}).")
  double validation = AlignOptions.defaults().validation();

  @Option(names = "--min-chars", description = "Tuning: shortest side (default: ${DEFAULT-VALUE}).")
  int minChars = AlignOptions.defaults().minChars();

  @Option(
      names = "--min-words",
      description = "Tuning: unit content words (default: ${DEFAULT-VALUE}).")
  int minWords = AlignOptions.defaults().minUnitWords();

  @Option(names = "--summary-gap", description = "Tuning: summary gap (default: ${DEFAULT-VALUE}).")
  int summaryGap = AlignOptions.defaults().summaryGap();

  @Option(
      names = "--details",
      paramLabel = "FILE",
      description =
          "Also write one line per pair: category, pair, cases, detections, recall, precision.")
  Path details;

  @Override
  public Integer call() throws InterruptedException, ExecutionException {
    if (!(minPlagdet >= 0 && minPlagdet <= 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--min-plagdet must be in [0, 1], got " + minPlagdet);
    }
    AlignOptions d = AlignOptions.defaults();
    Aligner aligner =
        Aligner.of(
            new AlignOptions(
                minWords, seed, gap, validation, minChars, summaryGap, d.summaryRatio()));
    List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    Map<String, PlagDet> byCategory =
        evaluate(dir, aligner, threads, details == null ? null : lines);
    if (details != null) {
      writeDetails(lines);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%-28s %6s %6s %9s %9s %11s %8s%n",
        "category",
        "cases",
        "dets",
        "precision",
        "recall",
        "granularity",
        "plagdet");
    PlagDet all = PlagDet.zero();
    for (Map.Entry<String, PlagDet> e : new TreeMap<>(byCategory).entrySet()) {
      print(out, e.getKey(), e.getValue());
      all = all.plus(e.getValue());
    }
    print(out, "overall", all);
    out.flush();
    if (all.plagdet() < minPlagdet) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "doppel: PlagDet %.4f is below --min-plagdet %.4f%n",
              all.plagdet(),
              minPlagdet);
      return ExitCodes.BELOW_TARGET;
    }
    return ExitCodes.OK;
  }

  /**
   * Aligns every pair of the PAN corpus at {@code dir} and returns the PlagDet tallies per
   * category; when {@code lines} is not null, adds one detail line per pair to it.
   */
  public static Map<String, PlagDet> evaluate(
      Path dir, Aligner aligner, int threads, List<String> lines)
      throws InterruptedException, ExecutionException {
    PanCorpus corpus = PanCorpus.read(dir);
    Map<String, PlagDet> byCategory = new ConcurrentHashMap<>();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      pool.submit(
              () ->
                  corpus.pairs().parallelStream()
                      .forEach(
                          p -> {
                            List<Annotation> found = detect(dir, aligner, p);
                            PlagDet tally = PlagDet.of(p.cases(), found);
                            if (lines != null) {
                              lines.add(detailLine(p, tally, found));
                            }
                            byCategory.merge(p.category(), tally, PlagDet::plus);
                          }))
          .get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    } finally {
      pool.shutdown();
    }
    return new TreeMap<>(byCategory);
  }

  private static String detailLine(PanCorpus.Pair p, PlagDet t, List<Annotation> found) {
    return String.format(
        Locale.ROOT,
        "%s\t%s\t%s\t%d\t%d\t%.4f\t%.4f\t%s\t%s",
        p.category(),
        p.susp(),
        p.src(),
        t.cases(),
        t.detections(),
        t.cases() == 0 ? 1.0 : t.recallSum() / t.cases(),
        t.detections() == 0 ? 1.0 : t.precisionSum() / t.detections(),
        p.cases(),
        found);
  }

  private void writeDetails(List<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    java.util.Collections.sort(sorted);
    try (org.doppel.cli.io.AtomicOutput o = org.doppel.cli.io.AtomicOutput.open(details)) {
      for (String line : sorted) {
        o.writer().write(line);
        o.writer().write('\n');
      }
      o.commit();
    } catch (java.io.IOException e) {
      throw new OutputException(details.toString(), e);
    }
  }

  private static List<Annotation> detect(Path dir, Aligner aligner, PanCorpus.Pair p) {
    String susp = read(dir.resolve("susp").resolve(p.susp()));
    String src = read(dir.resolve("src").resolve(p.src()));
    p.checkCases(susp, src);
    AnalyzedText a = TextAnalyzer.defaults().analyze(susp);
    AnalyzedText b = TextAnalyzer.defaults().analyze(src);
    List<Annotation> out = new ArrayList<>();
    for (Passage passage : aligner.align(a, b)) {
      out.add(
          new Annotation(
              codePoints(susp, passage.a().start()),
              codePoints(susp, passage.a().end()),
              codePoints(src, passage.b().start()),
              codePoints(src, passage.b().end())));
    }
    return out;
  }

  /** PAN offsets count code points; Java string indices count UTF-16 units. */
  private static int codePoints(String text, int index) {
    return text.codePointCount(0, index);
  }

  private static String read(Path file) {
    return TextFiles.read(file, true);
  }

  private static void print(PrintWriter out, String name, PlagDet s) {
    if (s.cases() == 0) {
      out.printf(
          Locale.ROOT,
          "%-28s %6d %6d %9s %9s %11s %8s%n",
          name,
          s.cases(),
          s.detections(),
          "-",
          "-",
          "-",
          "-");
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-28s %6d %6d %9.4f %9.4f %11.4f %8.4f%n",
        name,
        s.cases(),
        s.detections(),
        s.precision(),
        s.recall(),
        s.granularity(),
        s.plagdet());
  }
}
