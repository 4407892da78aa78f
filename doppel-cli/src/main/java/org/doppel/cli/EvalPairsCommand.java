package org.doppel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.doppel.BadInputException;
import org.doppel.cli.eval.GoldGroups;
import org.doppel.cli.eval.ShortAnswers;
import org.doppel.cli.pan.PanCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code doppel eval pairs}: which labelled document pairs of a reuse corpus (PAN text alignment,
 * or the Clough-Stevenson short answers) a dedup run lists in its pairs.jsonl, per category:
 * document-level reuse detection.
 */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description = {
      "Score dedup's pairs.jsonl as document-level reuse detection against a labelled reuse"
          + " corpus: the share of its labelled pairs listed, with any relation, per category."
          + " DIR is a PAN text-alignment corpus (pairs, src, susp and the category folders;"
          + " (suspicious, source) pairs; in the no-plagiarism category every pair listed is"
          + " wrong) or the Clough-Stevenson short answers (a folder with file_information.csv;"
          + " (answer, source) pairs; a non answer listed is wrong). Run dedup over the corpus's"
          + " texts first (PAN: src and susp together; short answers: the folder, with"
          + " --fallback-charset windows-1252); ids are matched by file name, and a pair listed"
          + " for one of a group of exact copies (identical) counts for each of them."
    })
public final class EvalPairsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PAIRS", description = "pairs.jsonl from dedup.")
  Path pairs;

  @Parameters(
      index = "1",
      paramLabel = "DIR",
      description =
          "The corpus folder: PAN (with pairs, src, susp and the category folders) or the"
              + " short answers (with file_information.csv).")
  Path corpus;

  /** A labelled pair of documents, named by file name, and its category. */
  private record Labelled(String category, String a, String b) {}

  @Override
  public Integer call() {
    List<Labelled> gold = new ArrayList<>();
    if (ShortAnswers.isCorpus(corpus)) {
      for (ShortAnswers.Answer a : ShortAnswers.read(corpus)) {
        gold.add(new Labelled(a.category(), a.answer(), a.source()));
      }
    } else {
      for (PanCorpus.Pair p : PanCorpus.read(corpus).pairs()) {
        gold.add(new Labelled(p.category(), p.susp(), p.src()));
      }
      if (gold.isEmpty()) {
        throw new BadInputException(corpus.toString(), 0, null, "no labelled pairs");
      }
    }
    GoldGroups.ListedPairs listed = GoldGroups.pairs(pairs);
    Map<String, int[]> byCategory = new TreeMap<>(); // category -> {labelled, listed}
    for (Labelled p : gold) {
      int[] counts = byCategory.computeIfAbsent(p.category(), c -> new int[2]);
      counts[0]++;
      if (listed.lists(p.a(), p.b())) {
        counts[1]++;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-30s %8s %8s %8s%n", "category", "labelled", "listed", "share");
    for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
      int[] c = e.getValue();
      out.printf(
          Locale.ROOT, "%-30s %8d %8d %8.3f%n", e.getKey(), c[0], c[1], (double) c[1] / c[0]);
    }
    out.printf(Locale.ROOT, "pairs in %s: %d%n", pairs, listed.lines());
    out.flush();
    return ExitCodes.OK;
  }
}
