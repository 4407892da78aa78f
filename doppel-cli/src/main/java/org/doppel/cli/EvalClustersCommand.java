package org.doppel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.doppel.BadInputException;
import org.doppel.cli.eval.ClusterScores;
import org.doppel.cli.eval.GoldGroups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code doppel eval clusters}: scores a clusters.jsonl against gold groups. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Score dedup's clusters.jsonl against gold groups: Adjusted Rand Index over every gold"
          + " document (singletons too), and pairwise precision, recall and F1."
    })
public final class EvalClustersCommand implements Callable<Integer> {

  /** Gold formats. */
  enum GoldFormat {
    /** A JSONL file of {"id", "group"} lines. */
    jsonl,
    /** The wikipedia-versions folder: every revision of an article is one group. */
    wikipedia_versions;

    /** The name on the command line: wikipedia-versions with a dash. */
    String label() {
      return name().replace('_', '-');
    }
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CLUSTERS", description = "clusters.jsonl from dedup.")
  Path clusters;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FORMAT",
      converter = GoldFormatConverter.class,
      description = "Gold format: jsonl or wikipedia-versions.")
  GoldFormat format;

  @Parameters(index = "1", paramLabel = "GOLD", description = "The gold file or folder.")
  Path gold;

  @Option(names = "--min-ari", description = "Exit with code 5 when the ARI is below this value.")
  Double minAri;

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    if (minAri != null && !(minAri >= -1 && minAri <= 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--min-ari must be in [-1, 1] (the ARI's range), got " + minAri);
    }
    Map<String, String> goldLabels =
        format == GoldFormat.jsonl ? GoldGroups.jsonl(gold) : GoldGroups.wikipediaVersions(gold);
    Map<String, String> predicted = GoldGroups.clusters(clusters);
    List<String> ids = new ArrayList<>(goldLabels.keySet());
    long missing = ids.stream().filter(id -> !predicted.containsKey(id)).count();
    if (missing == ids.size()) {
      throw new BadInputException(
          clusters.toString(),
          0,
          null,
          String.format(
              Locale.ROOT,
              "holds none of the %d gold ids of %s (gold has '%s', clusters '%s'): nothing to"
                  + " score; are both from the same corpus?",
              ids.size(),
              gold,
              ids.get(0),
              predicted.keySet().iterator().next()));
    }
    if (ids.size() < 2) {
      throw new BadInputException(
          gold.toString(), 0, null, "a single gold document: no pairs to score");
    }
    if (missing * 2 > ids.size()) {
      // scored, since a run over part of a corpus is legitimate, but most likely a mistake
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "doppel: warning: %d of the %d gold ids are not in %s and count as singletons; are"
                  + " both from the same corpus?%n",
              missing,
              ids.size(),
              clusters);
      spec.commandLine().getErr().flush();
    }
    ClusterScores s =
        ClusterScores.of(
            GoldGroups.labelsOf(ids, predicted, "p:"), GoldGroups.labelsOf(ids, goldLabels, "g:"));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.printf(
          Locale.ROOT,
          "{\"documents\":%d,\"missing\":%d,\"ari\":%.6f,\"precision\":%.6f,\"recall\":%.6f,"
              + "\"f1\":%.6f,\"predicted_clusters\":%d,\"gold_groups\":%d}%n",
          s.documents(),
          missing,
          s.ari(),
          s.precision(),
          s.recall(),
          s.f1(),
          s.predictedClusters(),
          s.goldGroups());
    } else {
      out.printf(
          Locale.ROOT,
          "documents:          %d (%d not in %s, counted as singletons)%n",
          s.documents(),
          missing,
          clusters);
      out.printf(Locale.ROOT, "gold groups:        %d%n", s.goldGroups());
      out.printf(Locale.ROOT, "predicted clusters: %d%n", s.predictedClusters());
      out.printf(Locale.ROOT, "ARI:                %.4f%n", s.ari());
      out.printf(Locale.ROOT, "pairwise precision: %.4f%n", s.precision());
      out.printf(Locale.ROOT, "pairwise recall:    %.4f%n", s.recall());
      out.printf(Locale.ROOT, "pairwise F1:        %.4f%n", s.f1());
    }
    out.flush();
    if (minAri != null && s.ari() < minAri) {
      spec.commandLine()
          .getErr()
          .printf(Locale.ROOT, "doppel: ARI %.4f is below --min-ari %.4f%n", s.ari(), minAri);
      return ExitCodes.BELOW_TARGET;
    }
    return ExitCodes.OK;
  }

  /**
   * Reads a gold format by its name, in any case, with a dash for wikipedia-versions; any other
   * value is a usage error listing the valid ones, as picocli words it for other enum options.
   */
  static final class GoldFormatConverter implements ITypeConverter<GoldFormat> {
    @Override
    public GoldFormat convert(String value) {
      for (GoldFormat f : GoldFormat.values()) {
        if (f.label().equalsIgnoreCase(value) || f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "expected one of "
              + Arrays.stream(GoldFormat.values()).map(GoldFormat::label).toList()
              + " (case-insensitive) but was '"
              + value
              + "'");
    }
  }
}
