package org.doppel.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.doppel.Dedup;
import org.doppel.DedupListener;
import org.doppel.DedupOptions;
import org.doppel.DedupResult;
import org.doppel.cli.io.AtomicOutput;
import org.doppel.cli.io.DocumentReader;
import org.doppel.cli.io.Json;
import org.doppel.cli.io.ReadOptions;
import org.doppel.cli.io.TempFiles;
import org.doppel.cluster.ClusterOptions;
import org.doppel.text.Document;
import org.doppel.verify.RelationRule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code doppel dedup}: finds every copy and version of a story across a corpus. */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Find which documents are the same story: copies, versions, reprints, excerpts.",
      "Writes clusters.jsonl, pairs.jsonl (which pairs: --pairs), boilerplate.jsonl and run.json"
          + " into the --out directory, and a summary on stdout."
    })
public final class DedupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Text files, directories (recursive, following links; id = relative path), JSONL"
              + " files (.jsonl, .ndjson, .json, also .gz; one object per line), or - for"
              + " standard input.")
  List<String> inputs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory (created if missing).")
  Path out;

  @Option(
      names = "--unique",
      paramLabel = "FILE",
      description =
          "Also write the deduplicated corpus as JSONL, one document per cluster (see"
              + " --unique-as).")
  Path unique;

  /** What {@code --unique} writes of each document it keeps. */
  enum UniqueAs {
    /** The document as given: its JSONL line with every field, or a file as {id, text}. */
    original,
    /** {id, text[, date]} with the text doppel read (an HTML page's article text). */
    text
  }

  @Option(
      names = "--unique-as",
      defaultValue = "original",
      paramLabel = "FORM",
      description =
          "What --unique writes: original (JSONL input lines as they were, every field kept; a"
              + " file as {id, text} with its whole text, HTML markup included) or text"
              + " ({id, text[, date]} with the text doppel read: an HTML page's article)"
              + " (default: ${DEFAULT-VALUE}).")
  UniqueAs uniqueAs;

  @Option(
      names = "--keep",
      defaultValue = "first",
      paramLabel = "POLICY",
      description =
          "Which document represents a cluster: first, longest (most words outside"
              + " boilerplate) or earliest (needs --date-field) (default: ${DEFAULT-VALUE}).")
  DedupOptions.Keep keep;

  @Option(
      names = "--pairs",
      defaultValue = "all",
      paramLabel = "WHICH",
      description =
          "Which verified pairs pairs.jsonl gets: all (every pair with a relation; n copies of"
              + " one story give n times a few hundred); clusters (n-1 per cluster of n, enough"
              + " to connect it: each member's pair with the representative where verified, else"
              + " its strongest pair with a member one step closer to it; none between clusters);"
              + " or none (an empty file). The summary and run.json count every pair either way"
              + " (default: ${DEFAULT-VALUE}).")
  DedupOptions.Pairs pairs;

  @Mixin InputOptions input;

  @Option(
      names = "--shingle-size",
      defaultValue = "5",
      description = "Words per shingle (default: ${DEFAULT-VALUE}).")
  int shingleSize;

  @Option(
      names = "--lsh-threshold",
      description =
          "Jaccard similarity the LSH S-curve is centred on; lower finds more, slower"
              + " (default: from --preset: 0.2 for news, 0.1 for revisions).")
  Double lshThreshold;

  @Option(
      names = "--linkage",
      defaultValue = "0.2",
      description =
          "Share of cross pairs that must link for two clusters to merge (default:"
              + " ${DEFAULT-VALUE}).")
  double linkage;

  @Option(
      names = "--attach",
      defaultValue = "2",
      paramLabel = "N",
      description =
          "Clusters of at most N documents whose every link goes into one other cluster join it"
              + " when one of those links is strong (not containment) or reaches a strongly"
              + " linked member; 0 never (default: ${DEFAULT-VALUE}).")
  int attach;

  @Option(
      names = "--attach-passages",
      negatable = true,
      description =
          "With --attach: count pairs that only share a passage as links too, and attach on any"
              + " link (default: on for --preset revisions, off for news, where it would join a"
              + " follow-up to the story it quotes).")
  Boolean attachPassages;

  @Option(
      names = "--attach-vocabulary",
      paramLabel = "COSINE",
      description =
          "With --attach: a cluster of at most N documents also joins the cluster whose vocabulary"
              + " it clearly shares (tf-idf cosine at least COSINE and 1.5 times the runner-up's),"
              + " when its links did not place it; 0 never (default: 0.15 for --preset revisions,"
              + " 0 for news, where it would join a follow-up to the story before it).")
  Double attachVocabulary;

  @Option(
      names = "--preset",
      defaultValue = "news",
      paramLabel = "PRESET",
      description =
          "Relation thresholds and LSH curve: news (stories written to one template stay apart) or"
              + " revisions (revision histories: heavily rewritten revisions still join, by shared"
              + " passages or, for a stub, by its article's vocabulary) (default:"
              + " ${DEFAULT-VALUE}).")
  Preset preset;

  /** Named sets of relation thresholds. */
  enum Preset {
    /** {@link DedupOptions#defaults()}. */
    news,
    /** {@link DedupOptions#revisions()}. */
    revisions;

    /** The preset's relation rule, shared by dedup and compare. */
    RelationRule relations() {
      return this == revisions ? RelationRule.revisions() : RelationRule.defaults();
    }
  }

  @Option(
      names = "--near-duplicate",
      description = "Jaccard from which a pair is a near-duplicate (default: from --preset).")
  Double nearDuplicate;

  @Option(
      names = "--version-min",
      description =
          "Smaller containment from which a pair can be a version (default: from --preset).")
  Double versionMin;

  @Option(
      names = "--version-max",
      description =
          "Larger containment from which a pair can be a version (default: from --preset).")
  Double versionMax;

  @Option(
      names = "--anchored-min",
      description =
          "Smaller containment from which a pair that shares a whole paragraph can be a version"
              + " (default: from --preset).")
  Double anchoredMin;

  @Option(
      names = "--anchored-max",
      description =
          "Larger containment from which a pair that shares a whole paragraph can be a version"
              + " (default: from --preset).")
  Double anchoredMax;

  @Option(
      names = "--version-sentences",
      paramLabel = "N",
      description =
          "Whole sentences (8+ words) a version must share when less than half of one of the"
              + " texts is shared and no whole paragraph is (default: from --preset: 1 for news, 0"
              + " for revisions).")
  Integer versionSentences;

  @Option(
      names = "--sentence-stories",
      paramLabel = "N",
      description =
          "A sentence counts toward --version-sentences only when at most N stories of the corpus"
              + " hold it (a story: documents joined as identical or near-duplicate); one in more"
              + " is a template sentence. 0: no limit (default: 8).")
  Integer sentenceStories;

  @Option(
      names = "--figure-overlap",
      paramLabel = "SHARE",
      description =
          "A version between two texts that each state 2 or more figures (numbers; the larger set"
              + " at most twice the smaller) must share at least this share of the smaller set,"
              + " else it is partial: notices written to one template differ in their figures."
              + " 0: no such test (default: 0.25).")
  Double figureOverlap;

  @Option(
      names = "--contains",
      description =
          "Containment from which one document contains the other (default: from --preset).")
  Double contains;

  @Option(
      names = "--passage-window",
      defaultValue = "0",
      description =
          "Also pair documents that share a passage, however small a part of each (a quote, an"
              + " excerpt), so that pairs.jsonl lists them as partial: each keeps the smallest"
              + " shingle hash of every window of this many consecutive shingles (winnowing), so a"
              + " shared run of that many always matches; 8 is the measured choice, 0 (default)"
              + " turns it off: it costs about 1.2x the run time.")
  int passageWindow;

  @Option(
      names = "--passage-min",
      defaultValue = "2",
      description =
          "Fingerprints two documents must share to be paired by --passage-window (default:"
              + " ${DEFAULT-VALUE}).")
  int passageMin;

  @Option(
      names = "--all-pairs",
      description =
          "Verify every pair instead of LSH candidates (quadratic; for small corpora and for"
              + " checking what the candidate search misses).")
  boolean allPairs;

  @Option(
      names = "--no-boilerplate",
      description = "Do not detect boilerplate: score every paragraph.")
  boolean noBoilerplate;

  /** The most worker threads --threads takes (the fork-join pool's own limit is 32,767). */
  static final int MAX_THREADS = 1024;

  /** {@code value} of --threads, or a usage error when it is out of [1, {@link #MAX_THREADS}]. */
  static int checkThreads(CommandLine cl, int value) {
    if (value < 1 || value > MAX_THREADS) {
      throw new CommandLine.ParameterException(
          cl, "--threads must be in [1, " + MAX_THREADS + "], got " + value);
    }
    return value;
  }

  @Option(
      names = "--threads",
      description = "Worker threads, 1 to " + MAX_THREADS + " (default: all processors).")
  Integer threads;

  @Option(
      names = "--temp-dir",
      paramLabel = "DIR",
      description =
          "Where shingle sets spill to a memory-mapped temporary file once they outgrow the"
              + " memory kept for them, a quarter of the maximum heap (default: the"
              + " system's temporary directory).")
  Path tempDir;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    RunStats stats = new RunStats();
    PrintWriter err = spec.commandLine().getErr();
    DedupOptions options;
    ReadOptions readOptions;
    try {
      options = options();
      readOptions = input.toReadOptions();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), optionNamed(e.getMessage()), e);
    }
    checkPaths(readOptions);
    Path stdinCopy = null;
    try {
      if (unique != null && inputs.contains("-")) {
        stdinCopy = TempFiles.createPrivate("doppel-stdin-", ".tmp");
        try (InputStream in = System.in) {
          Files.copy(in, stdinCopy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      DocumentReader reader =
          DocumentReader.open(
              inputs,
              readOptions,
              w -> {
                err.println("doppel: warning: " + w);
                err.flush();
              },
              stdinCopy,
              ownOutputs());
      DedupResult result;
      try (Progress progress =
          Progress.start(!quiet, totalBytes(inputs), err).withTimings(timings, err)) {
        result = Dedup.run(options, reader, progress);
      }
      if (keep == DedupOptions.Keep.EARLIEST && reader.undated() > 0) {
        err.println(
            "doppel: warning: "
                + reader.undated()
                + " of "
                + result.stats().documents()
                + " documents have no date in --date-field "
                + readOptions.dateField()
                + "; --keep earliest keeps one of them only in a cluster where none has a date");
      }
      if (result.stats().documents() == 0) {
        err.println("doppel: warning: the inputs hold no documents; writing empty outputs");
      }
      writeOutputs(result, options, stdinCopy, reader.html());
      printSummary(result, options, reader, stats);
      return ExitCodes.OK;
    } finally {
      if (stdinCopy != null) {
        Files.deleteIfExists(stdinCopy);
        TempFiles.release(stdinCopy);
      }
    }
  }

  /** The options whose values the core's records check, by the names those records give them. */
  private static final Map<String, String> OPTION_OF_FIELD =
      Map.ofEntries(
          Map.entry("threads", "--threads"),
          Map.entry("shingleSize", "--shingle-size"),
          Map.entry("threshold", "--lsh-threshold"),
          Map.entry("passageWindow", "--passage-window"),
          Map.entry("passageMinShared", "--passage-min"),
          Map.entry("linkage", "--linkage"),
          Map.entry("figureOverlap", "--figure-overlap"),
          Map.entry("attachSize", "--attach"),
          Map.entry("attachByVocabulary", "--attach-vocabulary"),
          Map.entry("nearDuplicate", "--near-duplicate"),
          Map.entry("versionMin", "--version-min"),
          Map.entry("versionMax", "--version-max"),
          Map.entry("anchoredMin", "--anchored-min"),
          Map.entry("anchoredMax", "--anchored-max"),
          Map.entry("contains", "--contains"));

  /** The documents in their cluster by vocabulary, not by a verified pair. */
  private static long joinedByVocabulary(DedupResult result) {
    return result.documents().stream().filter(DedupResult.Assignment::byVocabulary).count();
  }

  /** A core record's message about a bad value, with the field named as its option. */
  private static String optionNamed(String message) {
    int space = message.indexOf(' ');
    String option = space > 0 ? OPTION_OF_FIELD.get(message.substring(0, space)) : null;
    return option == null ? message : option + message.substring(space);
  }

  /**
   * Usage errors found before any input is read: --keep earliest without a date field, a --temp-dir
   * that is no writable directory, an --out that is or lies under a file, and a --unique file that
   * is a directory (or --out itself), lies under a file, is one of the inputs, a file already
   * inside an input directory or one of the files written into --out (each would be lost or
   * overwritten).
   */
  private void checkPaths(ReadOptions readOptions) {
    CommandLine cl = spec.commandLine();
    if (inputs.stream().filter("-"::equals).count() > 1) {
      throw new CommandLine.ParameterException(
          cl, "- (standard input) is given more than once; it can be read only once");
    }
    if (keep == DedupOptions.Keep.EARLIEST && readOptions.dateField() == null) {
      throw new CommandLine.ParameterException(
          cl, "--keep earliest needs --date-field: the JSONL field that holds each date");
    }
    if (tempDir != null && !(Files.isDirectory(tempDir) && Files.isWritable(tempDir))) {
      throw new CommandLine.ParameterException(
          cl,
          "--temp-dir "
              + tempDir
              + (Files.isDirectory(tempDir) ? " is not writable" : " is not a directory"));
    }
    for (Path p = out.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        // found now, not once the whole corpus has been read
        throw new CommandLine.ParameterException(
            cl,
            "--out "
                + out
                + (p.equals(out.toAbsolutePath())
                    ? " is a file; --out needs a directory"
                    : " lies under " + p + ", which is a file"));
      }
    }
    if (unique == null) {
      if (cl.getParseResult().hasMatchedOption("--unique-as")) {
        throw new CommandLine.ParameterException(
            cl, "--unique-as says what --unique writes; give --unique FILE as well");
      }
      return;
    }
    if (Files.isDirectory(unique)) {
      throw new CommandLine.ParameterException(
          cl, "--unique " + unique + " is a directory; it needs a file name");
    }
    Path target = comparable(unique);
    if (target.equals(comparable(out))) {
      throw new CommandLine.ParameterException(
          cl, "--unique " + unique + " is the --out directory; it needs a file name of its own");
    }
    Path parent = unique.toAbsolutePath().getParent();
    for (Path p = parent; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        // found now, not once the whole corpus has been read
        throw new CommandLine.ParameterException(
            cl, "--unique " + unique + " lies under " + p + ", which is a file");
      }
    }
    for (String name : List.of("clusters.jsonl", "pairs.jsonl", "boilerplate.jsonl", "run.json")) {
      if (target.equals(comparable(out.resolve(name)))) {
        throw new CommandLine.ParameterException(
            cl, "--unique " + unique + " would overwrite dedup's own " + name + " in --out");
      }
    }
    for (String in : inputs) {
      if (!in.equals("-")) {
        Path p = comparable(Path.of(in));
        refuseOverwrite(cl, "--unique", unique, Path.of(in), "one of the inputs");
        if (Files.exists(unique)
            && Files.isDirectory(p)
            && target.startsWith(p)
            && !uniqueOfLastRun(target)) {
          // the reader skips this run's own outputs, so the file would be neither read nor kept
          throw new CommandLine.ParameterException(
              cl,
              "--unique "
                  + unique
                  + " already exists inside the input directory "
                  + in
                  + " and "
                  + out.resolve("run.json")
                  + " does not name it as the --unique file of the last run; it would be skipped"
                  + " as input and overwritten. Move it out of "
                  + in
                  + " or write --unique elsewhere");
        }
      }
    }
  }

  /**
   * Whether the run.json in --out says the last run there wrote {@code target} as its --unique
   * file: a run again over the same directory may then replace it.
   */
  private boolean uniqueOfLastRun(Path target) {
    Path runJson = out.resolve("run.json");
    if (!Files.isRegularFile(runJson)) {
      return false;
    }
    try {
      JsonNode last = Json.MAPPER.readTree(runJson.toFile()).path("unique");
      return last.isTextual() && comparable(Path.of(last.asText())).equals(target);
    } catch (IOException | RuntimeException e) {
      return false; // not a run.json doppel wrote: nothing vouches for the file
    }
  }

  /** What this run writes: never read back as input from a directory that holds it. */
  private List<Path> ownOutputs() {
    return unique == null ? List.of(out) : List.of(out, unique);
  }

  /**
   * Refuses, as a usage error, an output path that names the same file as an input, so that the
   * input is not overwritten: by path (symbolic links resolved) or, where both exist, as one file
   * under two names (a hard link).
   *
   * @param option the output option, named in the message (for example {@code --out})
   * @param target the path that option writes
   * @param input a path the command reads
   * @param role what {@code input} is to the command, for the message (for example "input A")
   */
  static void refuseOverwrite(CommandLine cl, String option, Path target, Path input, String role) {
    boolean same = comparable(target).equals(comparable(input));
    if (!same && Files.exists(target) && Files.exists(input)) {
      try {
        same = Files.isSameFile(target, input);
      } catch (IOException e) {
        same = false; // unreadable: the read reports it by name
      }
    }
    if (same) {
      throw new CommandLine.ParameterException(
          cl, option + " " + target + " is " + role + "; writing it would overwrite that input");
    }
  }

  /** A path as it can be compared with others: the real path where it exists, else absolute. */
  static Path comparable(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      Path abs = p.toAbsolutePath().normalize();
      Path parent = abs.getParent();
      if (parent != null && Files.isDirectory(parent)) {
        try {
          return parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException again) {
          return abs;
        }
      }
      return abs;
    }
  }

  private DedupOptions options() {
    DedupOptions o =
        (preset == Preset.revisions ? DedupOptions.revisions() : DedupOptions.defaults())
            .withKeep(keep)
            .withPairs(pairs)
            .withShingleSize(shingleSize)
            .withRelations(relationRule());
    o =
        o.withClusters(
            new ClusterOptions(
                linkage,
                attach,
                attachPassages == null ? o.clusters().attachByPassages() : attachPassages,
                attachVocabulary == null ? o.clusters().attachByVocabulary() : attachVocabulary));
    if (lshThreshold != null) {
      o = o.withCandidates(o.candidates().withThreshold(lshThreshold));
    }
    o = o.withCandidates(o.candidates().withExhaustive(allPairs));
    o = o.withCandidates(o.candidates().withPassages(passageWindow, passageMin));
    if (noBoilerplate) {
      o = o.withBoilerplate(o.boilerplate().disabled());
    }
    if (threads != null) {
      o = o.withThreads(checkThreads(spec.commandLine(), threads));
    }
    if (tempDir != null) {
      o =
          o.withStorage(
              new DedupOptions.Storage(tempDir.toString(), o.storage().memoryBudgetBytes()));
    }
    return o;
  }

  private RelationRule relationRule() {
    RelationRule r = preset.relations();
    if (nearDuplicate != null) {
      r = r.withNearDuplicate(nearDuplicate);
    }
    if (versionMin != null || versionMax != null) {
      r =
          r.withVersion(
              versionMin == null ? r.versionMin() : versionMin,
              versionMax == null ? r.versionMax() : versionMax);
    }
    if (anchoredMin != null || anchoredMax != null) {
      r =
          r.withAnchoredVersion(
              anchoredMin == null ? r.anchoredMin() : anchoredMin,
              anchoredMax == null ? r.anchoredMax() : anchoredMax);
    }
    if (contains != null) {
      r = r.withContains(contains);
    }
    if (versionSentences != null) {
      if (versionSentences < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--version-sentences must be >= 0, got " + versionSentences);
      }
      r = r.withVersionSentences(versionSentences);
    }
    if (sentenceStories != null) {
      if (sentenceStories < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--sentence-stories must be >= 0, got " + sentenceStories);
      }
      r = r.withSentenceStories(sentenceStories);
    }
    if (figureOverlap != null) {
      r = r.withFigureOverlap(figureOverlap);
    }
    return r;
  }

  /** Writes the fields of one item as one JSON object. */
  @FunctionalInterface
  private interface Fields<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  /** Writes {@code items} to {@code name} in --out, one JSON object per line, atomically. */
  private <T> void jsonLines(List<AtomicOutput> files, String name, List<T> items, Fields<T> fields)
      throws IOException {
    try (JsonGenerator g = Json.lines(open(files, out.resolve(name)))) {
      for (T item : items) {
        g.writeStartObject();
        fields.write(g, item);
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
  }

  private void writeOutputs(
      DedupResult result, DedupOptions options, Path stdinCopy, int htmlDocuments) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputException(
          out.toString(), new IOException("it is a file; --out needs a directory"));
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new OutputException(out.toString(), e);
    }
    List<AtomicOutput> files = new ArrayList<>();
    try {
      jsonLines(
          files,
          "clusters.jsonl",
          result.documents(),
          (g, a) -> {
            g.writeStringField("id", a.id());
            g.writeNumberField("cluster", a.cluster());
            g.writeBooleanField("representative", a.representative());
            if (a.byVocabulary()) {
              g.writeStringField("joined_by", "vocabulary");
            }
          });
      jsonLines(
          files,
          "pairs.jsonl",
          result.pairs(),
          (g, p) -> {
            g.writeStringField("a", p.a());
            g.writeStringField("b", p.b());
            g.writeStringField("relation", p.relation().label());
            g.writeNumberField("jaccard", Json.round(p.scores().jaccard()));
            g.writeNumberField("containment_a_in_b", Json.round(p.scores().containmentAInB()));
            g.writeNumberField("containment_b_in_a", Json.round(p.scores().containmentBInA()));
            g.writeNumberField("shared_shingles", p.scores().shared());
            if (p.figuresDiffer()) {
              g.writeBooleanField("figures_differ", true);
            }
          });
      jsonLines(
          files,
          "boilerplate.jsonl",
          result.boilerplate(),
          (g, b) -> {
            g.writeStringField("text", b.text());
            g.writeNumberField("documents", b.documents());
            g.writeStringField("hash", b.hash());
            if (b.truncated()) {
              g.writeBooleanField("truncated", true);
            }
          });
      if (unique != null) {
        try {
          writeUnique(open(files, unique), result, stdinCopy);
        } catch (IOException e) {
          throw new OutputException(unique.toString(), e); // named by the file that failed
        }
      }
      Path runJson = out.resolve("run.json");
      Writer w = open(files, runJson); // last in the list, so moved into place last
      w.write(
          Json.MAPPER
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(runInfo(result, options, htmlDocuments)));
      w.write('\n');
      // a run.json in DIR vouches for the files beside it: the old one goes before any of them is
      // replaced, the new one comes once all are in place
      Files.deleteIfExists(runJson);
      for (AtomicOutput f : files) {
        f.commit();
      }
    } catch (IOException e) {
      throw new OutputException(out.toString(), e);
    } finally {
      for (AtomicOutput f : files) {
        f.close();
      }
    }
  }

  private static Writer open(List<AtomicOutput> files, Path target) throws IOException {
    AtomicOutput o = AtomicOutput.open(target);
    files.add(o);
    return o.writer();
  }

  private void writeUnique(Writer w, DedupResult result, Path stdinCopy) throws IOException {
    Set<String> keep = new HashSet<>();
    for (DedupResult.Assignment a : result.documents()) {
      if (a.representative()) {
        keep.add(a.id());
      }
    }
    DocumentReader again =
        DocumentReader.open(inputs, input.toReadOptions(), warning -> {}, stdinCopy, ownOutputs());
    if (uniqueAs == UniqueAs.original) {
      again.originals();
    }
    while (again.hasNext()) {
      Document d = again.next();
      if (keep.contains(d.id())) {
        String line = again.line();
        if (line != null) {
          w.write(line);
          w.write('\n');
          continue;
        }
        ObjectNode o = Json.object();
        o.put("id", d.id());
        o.put("text", d.text());
        if (d.date() != null) {
          o.put("date", d.date());
        }
        w.write(Json.line(o));
        w.write('\n');
      }
    }
  }

  private ObjectNode runInfo(DedupResult result, DedupOptions options, int htmlDocuments) {
    ObjectNode o = Json.object();
    o.put("format", 1);
    o.put("tool", "doppel dedup");
    o.putPOJO("inputs", inputs);
    if (unique != null) {
      o.put("unique", comparable(unique).toString());
    }
    o.put("recipe", result.stats().recipe());
    o.put("options", options.toString());
    o.put("read", input.toReadOptions().toString());
    o.put("documents", result.stats().documents());
    o.put("html_documents", htmlDocuments);
    o.put("clusters", result.stats().clusters());
    o.put("duplicates", result.stats().duplicates());
    o.put("pairs", result.stats().relatedPairs());
    ObjectNode byRelation = o.putObject("pairs_by_relation");
    result.stats().relations().forEach((r, c) -> byRelation.put(r.label(), c));
    o.put("pairs_output", options.pairs().name().toLowerCase(Locale.ROOT));
    o.put("pairs_written", result.pairs().size());
    o.put("candidate_pairs", result.stats().candidatePairs());
    o.put("spilled_bytes", result.stats().spilledBytes());
    o.put("boilerplate_passages", result.boilerplate().size());
    o.put("joined_by_vocabulary", joinedByVocabulary(result));
    return o;
  }

  private void printSummary(
      DedupResult result, DedupOptions options, DocumentReader reader, RunStats stats) {
    PrintWriter o = spec.commandLine().getOut();
    DedupResult.Stats s = result.stats();
    double seconds = stats.seconds();
    o.printf(Locale.ROOT, "documents:            %d%n", s.documents());
    if (s.emptyDocuments() > 0) {
      o.printf(Locale.ROOT, "  empty:              %d%n", s.emptyDocuments());
    }
    if (reader.skipped() > 0) {
      o.printf(Locale.ROOT, "  skipped (bad):      %d%n", reader.skipped());
    }
    if (reader.truncated() > 0) {
      o.printf(Locale.ROOT, "  cut to size limit:  %d%n", reader.truncated());
    }
    if (reader.html() > 0) {
      o.printf(Locale.ROOT, "  read as HTML:       %d%n", reader.html());
    }
    if (reader.fallbackDecoded() > 0) {
      o.printf(
          Locale.ROOT,
          "  not UTF-8, read as %s: %d%n",
          input.toReadOptions().fallbackCharset().name(),
          reader.fallbackDecoded());
    }
    if (reader.undated() > 0) {
      o.printf(Locale.ROOT, "  without a date:     %d%n", reader.undated());
    }
    o.printf(Locale.ROOT, "clusters:             %d%n", s.clusters());
    o.printf(
        Locale.ROOT,
        "duplicates:           %d (documents that are not their cluster's representative)%n",
        s.duplicates());
    StringBuilder rel = new StringBuilder();
    s.relations()
        .forEach(
            (r, c) ->
                rel.append(rel.length() == 0 ? "" : ", ").append(r.label()).append(' ').append(c));
    o.printf(
        Locale.ROOT,
        "related pairs:        %d%s%n",
        s.relatedPairs(),
        rel.length() == 0 ? "" : " (" + rel + ")");
    o.printf(
        Locale.ROOT,
        "pairs written:        %d of %d (--pairs %s)%n",
        result.pairs().size(),
        s.relatedPairs(),
        options.pairs().name().toLowerCase(Locale.ROOT));
    o.printf(Locale.ROOT, "candidate pairs:      %d verified exactly%n", s.candidatePairs());
    if (s.spilledBytes() > 0) {
      o.printf(
          Locale.ROOT,
          "spilled to disk:      %d MiB of shingles beyond the memory budget (--temp-dir)%n",
          (s.spilledBytes() + (1 << 20) - 1) >> 20);
    }
    long byVocabulary = joinedByVocabulary(result);
    if (byVocabulary > 0) {
      o.printf(
          Locale.ROOT,
          "joined by vocabulary: %d documents (in their cluster by vocabulary, not by a verified"
              + " pair; --attach-vocabulary)%n",
          byVocabulary);
    }
    o.printf(Locale.ROOT, "boilerplate passages: %d%n", result.boilerplate().size());
    o.printf(
        Locale.ROOT,
        "time:                 %.2f s (%.3g MB/s, %.0f documents/s)%n", // 3 digits: 0.0123 MB/s
        seconds,
        s.characters() / 1e6 / seconds,
        s.documents() / seconds);
    o.printf(Locale.ROOT, "peak memory:          %.0f MiB%n", RunStats.peakMemoryMib());
    o.printf(Locale.ROOT, "output:               %s%n", out);
    o.flush();
  }

  private static long totalBytes(List<String> inputs) {
    long total = 0;
    for (String in : inputs) {
      if (in.equals("-")) {
        continue;
      }
      Path p = Path.of(in);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          total += walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | RuntimeException e) {
          // progress is only a hint
        }
      } else {
        total += p.toFile().length();
      }
    }
    return total;
  }

  @Option(
      names = "--timings",
      description =
          "Print the time each stage took on stderr: wall time, and the CPU time of the whole"
              + " process (workers, garbage collector and compiler threads) in that time.")
  boolean timings;

  /** The progress bar on stderr, shown only on a terminal; stage timings on request. */
  static final class Progress implements DedupListener, AutoCloseable {
    private final ProgressBar bar;
    private PrintWriter timingSink;
    private String stage = "read+analyse";
    private long stageStart = System.nanoTime();
    private long stageCpu = -1;

    private Progress(ProgressBar bar) {
      this.bar = bar;
    }

    Progress withTimings(boolean on, PrintWriter err) {
      timingSink = on ? err : null;
      if (on) {
        stageCpu = processCpuNanos(); // the management beans load only when timings are asked for
      }
      return this;
    }

    private void endStage() {
      if (timingSink != null) {
        long now = System.nanoTime();
        long cpu = processCpuNanos();
        double wall = (now - stageStart) / 1e9;
        if (cpu >= 0 && stageCpu >= 0) {
          double used = (cpu - stageCpu) / 1e9;
          timingSink.printf(
              Locale.ROOT,
              "doppel: stage %-14s %8.3f s  cpu %7.3f s (%.2f cores)%n",
              stage,
              wall,
              used,
              wall > 0 ? used / wall : 0);
        } else {
          timingSink.printf(Locale.ROOT, "doppel: stage %-14s %8.3f s%n", stage, wall);
        }
        timingSink.flush();
        stageStart = now;
        stageCpu = cpu;
      }
    }

    /** CPU time of the whole process so far, or -1 where the JVM does not report it. */
    private static long processCpuNanos() {
      java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
      return os instanceof com.sun.management.OperatingSystemMXBean sun
          ? sun.getProcessCpuTime()
          : -1;
    }

    static Progress start(boolean wanted, long totalBytes, PrintWriter err) {
      if (!wanted || !Terminal.isInteractive() || totalBytes < (8 << 20)) {
        return new Progress(null);
      }
      ProgressBar bar =
          new ProgressBarBuilder()
              .setTaskName("dedup")
              .setInitialMax(totalBytes / (1 << 20))
              .setUnit(" MiB", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .build();
      err.flush();
      return new Progress(bar);
    }

    @Override
    public void analysed(long documents, long characters) {
      if (bar != null && (documents & 63) == 0) {
        bar.stepTo(characters >> 20);
        bar.setExtraMessage(documents + " docs");
      }
    }

    @Override
    public void stage(String name) {
      endStage();
      stage = name;
      if (bar != null) {
        bar.setExtraMessage(name);
      }
    }

    @Override
    public void close() {
      endStage();
      if (bar != null) {
        bar.close();
      }
    }
  }
}
