package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.doppel.BadInputException;
import org.doppel.Compare;
import org.doppel.CompareOptions;
import org.doppel.CompareResult;
import org.doppel.cli.io.AtomicOutput;
import org.doppel.cli.io.BoilerplateFile;
import org.doppel.cli.io.DocumentReader;
import org.doppel.cli.io.TextFiles;
import org.doppel.cli.report.HtmlReport;
import org.doppel.cli.report.JsonReport;
import org.doppel.cli.report.TextReport;
import org.doppel.text.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code doppel compare A B}: what two documents share and what changed between them. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Show the passages two texts share, what changed paragraph by paragraph, and their scores.",
      "Batch mode (--pairs) writes one JSON object per pair and line."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad input, 4 output not written."
    })
public final class CompareCommand implements Callable<Integer> {

  /** Pairs compared together before their lines are written, in input order. */
  private static final int BATCH_CHUNK = 256;

  /** Report formats. */
  public enum Format {
    /** A readable report for a terminal. */
    TEXT,
    /** One JSON object (see docs/compare.md). */
    JSON,
    /** One self-contained HTML page. */
    HTML
  }

  /** When to colour the text report. */
  public enum Color {
    /** When writing to a terminal and NO_COLOR is not set. */
    AUTO,
    /** Always. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "FILE", description = "The two texts, A then B.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--pairs",
      paramLabel = "FILE",
      description = "Batch mode: each line holds two paths separated by a tab.")
  Path pairs;

  @Option(
      names = "--format",
      description = "text, json or html (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report here (default: stdout).")
  Path out;

  @Option(
      names = "--boilerplate",
      paramLabel = "FILE",
      description = "boilerplate.jsonl from dedup: left out of the scores, marked in the diff.")
  Path boilerplate;

  @Option(
      names = "--preset",
      defaultValue = "news",
      paramLabel = "PRESET",
      description =
          "Relation thresholds, as in dedup: news or revisions (default: ${DEFAULT-VALUE}). Use the"
              + " preset dedup ran with, so that both name a pair alike.")
  DedupCommand.Preset preset;

  @Mixin HtmlOptions html;

  @Mixin CharsetOptions charset;

  @Option(
      names = "--threads",
      description =
          "Batch mode: worker threads, 1 to " + DedupCommand.MAX_THREADS + " (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--color",
      description = "auto, always or never (default: ${DEFAULT-VALUE}).",
      defaultValue = "auto")
  Color color;

  @Override
  public Integer call() throws IOException, InterruptedException {
    CommandLine cl = spec.commandLine();
    if ((pairs == null) == (files.size() != 2)) {
      throw new CommandLine.ParameterException(
          cl,
          pairs == null
              ? "give two files A and B, or --pairs FILE"
              : "give --pairs or two files, not both");
    }
    if (pairs != null
        && format != Format.JSON
        && cl.getParseResult().hasMatchedOption("--format")) {
      throw new CommandLine.ParameterException(
          cl, "--pairs writes JSON lines; --format must be json");
    }
    DedupCommand.checkThreads(cl, threads);
    for (Path f : files) {
      String name = f.getFileName() == null ? "" : f.getFileName().toString();
      if (name.equals("-") && !Files.exists(f)) {
        throw new CommandLine.ParameterException(
            cl,
            "compare reads two files, not standard input (-): save it to a file first, or give"
                + " a process substitution such as <(zcat a.txt.gz)");
      }
      if (DocumentReader.isJsonlName(name)) {
        cl.getErr()
            .println(
                "doppel: warning: "
                    + f
                    + " is compared as one text, JSON and all: compare takes two texts, while"
                    + " dedup reads the documents of a JSONL corpus");
      }
    }
    if (out != null) {
      if (pairs != null) {
        DedupCommand.refuseOverwrite(cl, "--out", out, pairs, "the --pairs file");
      } else {
        DedupCommand.refuseOverwrite(cl, "--out", out, files.get(0), "input A");
        DedupCommand.refuseOverwrite(cl, "--out", out, files.get(1), "input B");
      }
      if (boilerplate != null) {
        DedupCommand.refuseOverwrite(cl, "--out", out, boilerplate, "the --boilerplate file");
      }
    }
    Set<Long> known = boilerplate == null ? Set.of() : BoilerplateFile.read(boilerplate);
    CompareOptions options =
        CompareOptions.defaults().withBoilerplate(known).withRelations(preset.relations());
    if (pairs != null) {
      return batch(options);
    }
    String a = TextFiles.read(files.get(0), html.markup, html.htmlText, charset.fallbackCharset);
    String b = TextFiles.read(files.get(1), html.markup, html.htmlText, charset.fallbackCharset);
    CompareResult r =
        Compare.run(
            options,
            Document.of(files.get(0).toString(), a),
            Document.of(files.get(1).toString(), b));
    String report =
        switch (format) {
          case JSON -> JsonReport.pretty(r) + "\n";
          case HTML -> HtmlReport.render(r, a, b);
          case TEXT -> TextReport.of(useColor()).render(r, a, b);
        };
    write(List.of(report));
    return ExitCodes.OK;
  }

  private int batch(CompareOptions options) throws InterruptedException {
    List<String[]> list = PairList.read(pairs);
    if (out != null) {
      for (int i = 0; i < list.size(); i++) {
        for (String f : list.get(i)) {
          DedupCommand.refuseOverwrite(
              spec.commandLine(), "--out", out, Path.of(f), "listed in " + pairs);
        }
      }
    }
    List<String> lines = new ArrayList<>(list.size());
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      for (int from = 0; from < list.size(); from += BATCH_CHUNK) {
        List<String[]> chunk = list.subList(from, Math.min(list.size(), from + BATCH_CHUNK));
        List<String> done =
            pool.submit(() -> chunk.parallelStream().map(p -> compareLine(options, p)).toList())
                .get();
        if (out == null) {
          write(done);
        } else {
          lines.addAll(done);
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    if (out != null) {
      write(lines);
    }
    return ExitCodes.OK;
  }

  private String compareLine(CompareOptions options, String[] p) {
    String a = TextFiles.read(Path.of(p[0]), html.markup, html.htmlText, charset.fallbackCharset);
    String b = TextFiles.read(Path.of(p[1]), html.markup, html.htmlText, charset.fallbackCharset);
    return JsonReport.line(Compare.run(options, Document.of(p[0], a), Document.of(p[1], b))) + "\n";
  }

  // On JDK 17 (our target) a null console is how a redirected stdout shows; JDK 22+ differs.
  @SuppressWarnings("SystemConsoleNull")
  private boolean useColor() {
    return switch (color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> out == null && System.getenv("NO_COLOR") == null && System.console() != null;
    };
  }

  private void write(List<String> parts) {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      parts.forEach(w::print);
      w.flush();
      return;
    }
    try (AtomicOutput o = AtomicOutput.open(out)) {
      Writer w = o.writer();
      for (String s : parts) {
        w.write(s);
      }
      o.commit();
    } catch (IOException e) {
      throw new OutputException(out.toString(), e);
    }
  }

  /**
   * Reads a pairs file: two paths per line (relative to the working directory), separated by a tab;
   * blank lines are skipped.
   */
  static final class PairList {
    private PairList() {}

    static List<String[]> read(Path file) {
      String text = TextFiles.read(file);
      List<String[]> out = new ArrayList<>();
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] parts = lines[i].split("\t", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
          throw new BadInputException(
              file.toString(), i + 1, null, "expected two paths separated by a tab");
        }
        out.add(parts);
      }
      return out;
    }
  }
}
