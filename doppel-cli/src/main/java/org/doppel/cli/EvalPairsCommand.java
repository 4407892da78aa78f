package org.doppel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.doppel.BadInputException;
import org.doppel.cli.eval.GoldGroups;
import org.doppel.cli.pan.PanCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code doppel eval pairs}: which labelled document pairs of a PAN text-alignment corpus a dedup
 * run lists in its pairs.jsonl, per category: document-level reuse detection.
 */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description = {
      "Score dedup's pairs.jsonl as document-level reuse detection against a PAN text-alignment"
          + " corpus: the share of its labelled (suspicious, source) pairs listed, with any"
          + " relation, per category; in the no-plagiarism category every pair listed is wrong."
          + " Run dedup over the corpus's src and susp folders together first (ids are matched"
          + " by file name)."
    })
public final class EvalPairsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PAIRS", description = "pairs.jsonl from dedup.")
  Path pairs;

  @Parameters(
      index = "1",
      paramLabel = "PAN",
      description = "The corpus folder (with pairs, src, susp and the category folders).")
  Path corpus;

  @Override
  public Integer call() {
    PanCorpus gold = PanCorpus.read(corpus);
    if (gold.pairs().isEmpty()) {
      throw new BadInputException(corpus.toString(), 0, null, "no labelled pairs");
    }
    Set<String> listed = GoldGroups.pairs(pairs);
    Map<String, int[]> byCategory = new TreeMap<>(); // category -> {labelled, listed}
    for (PanCorpus.Pair p : gold.pairs()) {
      int[] counts = byCategory.computeIfAbsent(p.category(), c -> new int[2]);
      counts[0]++;
      if (listed.contains(GoldGroups.pairKey(p.susp(), p.src()))) {
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
    out.printf(Locale.ROOT, "pairs in %s: %d%n", pairs, listed.size());
    out.flush();
    return ExitCodes.OK;
  }
}
