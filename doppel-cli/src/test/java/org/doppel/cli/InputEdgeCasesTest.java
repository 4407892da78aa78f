package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs and options at the edges, as users meet them: links, pipes, paths that cannot be read,
 * lenient UTF-8, dates with offsets, outputs that would overwrite inputs, option values out of
 * range, file permissions of what is written.
 */
class InputEdgeCasesTest {

  private static final String STORY =
      "The city council approved the new flood barrier on Tuesday after a long and heated debate"
          + " about costs, residents and the port.";

  @TempDir Path tmp;

  private Path corpusDir() throws IOException {
    Path dir = tmp.resolve("news");
    Files.createDirectories(dir.resolve("wire"));
    Files.writeString(dir.resolve("a.txt"), STORY + "\n");
    Files.writeString(dir.resolve("wire/b.txt"), STORY + " Work starts in May.\n");
    Files.writeString(
        dir.resolve("wire/c.txt"), "The ferry strike ended after nine days of talks.\n");
    return dir;
  }

  /** {@code doppel dedup INPUT --out OUT OPTIONS...}. */
  private static CliRun dedup(Path input, Path out, String... options) {
    String[] args = new String[4 + options.length];
    args[0] = "dedup";
    args[1] = input.toString();
    args[2] = "--out";
    args[3] = out.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return CliRun.of(args);
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void aDirectoryReachedThroughASymbolicLinkIsReadWithItsLinkedSubdirectories() throws IOException {
    assumeTrue(posix(), "symbolic links need a POSIX file system");
    Path dir = corpusDir();
    Path link = Files.createSymbolicLink(tmp.resolve("link"), dir);
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    Files.createSymbolicLink(other.resolve("wire"), dir.resolve("wire"));
    Files.createSymbolicLink(other.resolve("back"), other); // a loop: left out with a warning
    Path out = tmp.resolve("out");

    CliRun run = CliRun.of("dedup", link.toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:            3");

    run = CliRun.of("dedup", other.toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:            2");
    assertThat(Files.readString(out.resolve("clusters.jsonl")))
        .contains("\"wire/b.txt\"")
        .contains("\"wire/c.txt\"");
    assertThat(run.err).contains("back: a symbolic link back into a directory being read");
  }

  @Test
  void aBrokenLinkInADirectoryIsBadInputOrSkippedWithSkipBad() throws IOException {
    assumeTrue(posix(), "symbolic links need a POSIX file system");
    Path dir = corpusDir();
    Files.createSymbolicLink(dir.resolve("gone.txt"), tmp.resolve("nowhere.txt"));
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", dir.toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("gone.txt: broken symbolic link");
    assertThat(out).doesNotExist();

    run = CliRun.of("dedup", dir.toString(), "--out", out.toString(), "--quiet", "--skip-bad");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:            3").contains("skipped (bad):      1");
    assertThat(run.err).contains("its target " + tmp.resolve("nowhere.txt") + " does not exist");
  }

  @Test
  void aLoopOfSymbolicLinksIsNamedAsALoopNotAsAMissingTarget() throws IOException {
    assumeTrue(posix(), "symbolic links need a POSIX file system");
    Path dir = corpusDir();
    Files.createSymbolicLink(dir.resolve("ping.txt"), dir.resolve("pong.txt"));
    Files.createSymbolicLink(dir.resolve("pong.txt"), Path.of("ping.txt"));
    Path out = tmp.resolve("out");
    for (String input : List.of(dir.toString(), dir.resolve("ping.txt").toString())) {
      CliRun run = CliRun.of("dedup", input, "--out", out.toString(), "--quiet");
      assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err).contains("symbolic link loop").doesNotContain("does not exist");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void aMissingInputNamedOnTheCommandLineIsSkippedWithSkipBad() throws IOException {
    Path dir = corpusDir();
    Path out = tmp.resolve("out");
    String missing = tmp.resolve("missing.txt").toString();
    CliRun run = CliRun.of("dedup", dir.toString(), missing, "--out", out.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("missing.txt: no such file or directory");

    run =
        CliRun.of(
            "dedup", dir.toString(), missing, "--out", out.toString(), "--quiet", "--skip-bad");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:            3").contains("skipped (bad):      1");
    assertThat(run.err).contains("skipped: " + missing + ": no such file or directory");
  }

  @Test
  void anUnreadableSubdirectoryIsBadInputNotAnOutputFailure() throws IOException {
    assumeTrue(posix(), "permissions need a POSIX file system");
    Path dir = corpusDir();
    Path locked = dir.resolve("locked");
    Files.createDirectories(locked);
    Files.writeString(locked.resolve("d.txt"), STORY);
    Files.setPosixFilePermissions(locked, Set.of());
    try {
      assumeTrue(!Files.isReadable(locked), "runs as a user who can read any directory (root)");
      Path out = tmp.resolve("out");
      CliRun run = CliRun.of("dedup", dir.toString(), "--out", out.toString(), "--quiet");
      assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err).contains("locked").contains("permission denied");
      run = CliRun.of("dedup", dir.toString(), "--out", out.toString(), "--quiet", "--skip-bad");
      assertThat(run.exit).as(run.toString()).isZero();
      assertThat(run.out).contains("documents:            3");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFileNameThatIsNotValidUtf8IsBadInputThatSaysSo() throws Exception {
    assumeTrue(posix(), "file names of raw bytes need a POSIX system");
    assumeTrue(
        "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "file names are not read as UTF-8 here");
    Path dir = Files.createDirectories(tmp.resolve("names"));
    Process p =
        new ProcessBuilder("sh", "-c", "printf 'x y z\\n' > \"$(printf 'bad\\377name.txt')\"")
            .directory(dir.toFile())
            .start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "sh could not make it");
    CliRun run = CliRun.of("dedup", dir.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("its name is not valid UTF-8").contains("rename the file");
  }

  /** Makes a named pipe at {@code fifo} and writes {@code content} into it on another thread. */
  private static CompletableFuture<Void> pipe(Path fifo, String content) throws Exception {
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      throw e;
    }
    assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
    return CompletableFuture.runAsync(
        () -> {
          try (OutputStream o = Files.newOutputStream(fifo)) {
            o.write(content.getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /**
   * A named pipe holding JSONL is read as JSONL whatever its name: a process substitution, {@code
   * <(zcat corpus.jsonl.gz)}, is named /dev/fd/63.
   */
  @ParameterizedTest
  @ValueSource(strings = {"corpus.jsonl", "63"})
  void aNamedPipeIsReadLikeAFile(String name) throws Exception {
    assumeTrue(posix(), "named pipes need a POSIX system");
    Path fifo = tmp.resolve(name);
    String lines =
        "{\"id\":\"1\",\"text\":\"" + STORY + "\"}\n{\"id\":\"2\",\"text\":\"" + STORY + "\"}\n";
    CompletableFuture<Void> writer = pipe(fifo, lines);
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", fifo.toString(), "--out", out.toString(), "--quiet");
    writer.get(30, TimeUnit.SECONDS);
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:            2").contains("identical 1");
  }

  @Test
  void aNamedPipeOfPlainTextIsOneDocument() throws Exception {
    assumeTrue(posix(), "named pipes need a POSIX system");
    Path fifo = tmp.resolve("62");
    CompletableFuture<Void> writer = pipe(fifo, STORY + "\n\n" + STORY + "\n");
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", fifo.toString(), "--out", out.toString(), "--quiet");
    writer.get(30, TimeUnit.SECONDS);
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:            1");
  }

  /** Bytes Jackson's parser would take and change: each is bad input, named by its offset. */
  @ParameterizedTest
  @ValueSource(strings = {"eda080", "c080", "f4908080", "e282"})
  void aJsonlLineThatIsNotStrictUtf8IsBadInputNamingTheByteAndItsOffset(String hex)
      throws IOException {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    byte[] head = "{\"id\":\"a\",\"text\":\"x".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "y\"}\n".getBytes(StandardCharsets.US_ASCII);
    Path in = tmp.resolve("bad.jsonl");
    Files.writeString(in, "{\"id\":\"ok\",\"text\":\"" + STORY + "\"}\n");
    try (OutputStream o = Files.newOutputStream(in, java.nio.file.StandardOpenOption.APPEND)) {
      o.write(head);
      o.write(bad);
      o.write(tail);
    }
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", in.toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err)
        .contains(
            "bad.jsonl:2: not UTF-8: invalid byte 0x"
                + hex.substring(0, 2).toUpperCase(java.util.Locale.ROOT))
        .contains("at byte offset " + head.length + " of the line");
    assertThat(out).doesNotExist();

    Path unique = tmp.resolve("unique.jsonl");
    run = dedup(in, out, "--unique", unique.toString(), "--quiet", "--skip-bad");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(Files.readString(unique)).contains("\"ok\"").doesNotContain("\"a\"");
  }

  @Test
  void malformedJsonIsNamedByLineAndColumnWithoutTheParsersOwnLocationAndDuplicateKeysAreBad()
      throws IOException {
    Path out = tmp.resolve("out");
    Map<String, String> cases =
        Map.of(
            "{\"id\":\"a\",\"text\":\"x\",\"id\":\"b\"}", "Duplicate field 'id' (column",
            "{\"id\":\"a\",\"text\":\"xyz", "Unexpected end-of-input",
            "{\"id\":\"a\" \"text\":\"xyz\"}", "was expecting comma");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path in = Files.writeString(tmp.resolve("bad.jsonl"), c.getKey() + "\n");
      CliRun run = CliRun.of("dedup", in.toString(), "--out", out.toString(), "--quiet");
      assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err)
          .contains("bad.jsonl:1: malformed JSON: ")
          .contains(c.getValue())
          .doesNotContain("Source:");
    }
  }

  @Test
  void aTextWithoutWordsIsWarnedAboutAsTheSummaryCountsIt() throws IOException {
    Path in = tmp.resolve("docs.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"blank\",\"text\":\"  \"}\n"
            + "{\"id\":\"marks\",\"text\":\"!!! \u2014 ???\"}\n"
            + "{\"id\":\"cjk\",\"text\":\"\u6c34\u707d\"}\n"
            + "{\"id\":\"story\",\"text\":\""
            + STORY
            + "\"}\n");
    CliRun run = CliRun.of("dedup", in.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err)
        .contains("document 'blank' is empty; it stays a singleton")
        .contains("document 'marks' has no words; it stays a singleton")
        .doesNotContain("'cjk'")
        .doesNotContain("'story'");
    assertThat(run.out).contains("  empty:              2");
  }

  @Test
  void standardInputGivenTwiceIsAUsageError() throws IOException {
    CliRun run = CliRun.of("dedup", "-", "-", "--out", tmp.resolve("out").toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("standard input) is given more than once");
  }

  @Test
  void anOutputThatCannotBeCreatedIsNamedWithTheReasonAndNoOtherOutputIsMovedIntoPlace()
      throws IOException {
    Path out = tmp.resolve("out");
    // a name longer than a file system takes (255 bytes): found only when the file is created
    // (a --unique under a file is a usage error before the run)
    Path unique = tmp.resolve("u".repeat(300) + ".jsonl");
    CliRun run = dedup(corpusDir(), out, "--unique", unique.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.OUTPUT);
    assertThat(run.err).contains("cannot write " + unique);
    assertThat(out.resolve("clusters.jsonl")).doesNotExist();
    try (var left = Files.list(out)) {
      assertThat(left).as("temporary files are removed").isEmpty();
    }
  }

  @Test
  void keepEarliestComparesDatesAsInstantsAndRejectsWhatIsNoDate() throws IOException {
    Path in = tmp.resolve("dated.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"utc-22h\",\"text\":\""
            + STORY
            + "\",\"date\":\"2024-02-29T22:00:00Z\"}\n"
            + "{\"id\":\"20h-utc\",\"text\":\""
            + STORY
            + "\",\"date\":\"2024-03-01T01:00:00+05:00\"}\n"
            + "{\"id\":\"day\",\"text\":\""
            + STORY
            + "\",\"date\":\"2024-03-01\"}\n");
    Path out = tmp.resolve("out");
    CliRun run = dedup(in, out, "--keep", "earliest", "--date-field", "date", "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(Files.readString(out.resolve("clusters.jsonl")))
        .contains("{\"id\":\"20h-utc\",\"cluster\":0,\"representative\":true}")
        .contains("{\"id\":\"utc-22h\",\"cluster\":0,\"representative\":false}");
    assertThat(run.err).doesNotContain("no date");
    assertThat(run.out).doesNotContain("without a date");

    // undated documents are counted and named, and lose to any dated one of their cluster
    Files.writeString(
        in,
        "{\"id\":\"undated\",\"text\":\""
            + STORY
            + "\"}\n{\"id\":\"null-date\",\"text\":\""
            + STORY
            + "\",\"date\":null}\n{\"id\":\"dated\",\"text\":\""
            + STORY
            + "\",\"date\":\"2024-03-01\"}\n");
    run = dedup(in, out, "--keep", "earliest", "--date-field", "date", "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err)
        .contains("2 of 3 documents have no date in --date-field date")
        .contains("--keep earliest");
    assertThat(run.out).contains("  without a date:     2");
    assertThat(Files.readString(out.resolve("clusters.jsonl")))
        .contains("{\"id\":\"dated\",\"cluster\":0,\"representative\":true}");

    for (String date : List.of("1000000000", "\"yesterday\"", "\"2024-02-30\"")) {
      Files.writeString(in, "{\"id\":\"x\",\"text\":\"" + STORY + "\",\"date\":" + date + "}\n");
      run = dedup(in, out, "--keep", "earliest", "--date-field", "date", "--quiet");
      assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err).contains("dated.jsonl:1: field 'date'");
    }

    run = CliRun.of("dedup", in.toString(), "--out", out.toString(), "--keep", "earliest");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("--keep earliest needs --date-field");
  }

  @Test
  void uniqueMayNotOverwriteAnInputOrAnOutputAndAFailedCheckWritesNothing() throws IOException {
    Path in = tmp.resolve("docs.jsonl");
    String corpus =
        "{\"id\":\"1\",\"text\":\"" + STORY + "\"}\n{\"id\":\"2\",\"text\":\"" + STORY + "\"}\n";
    Files.writeString(in, corpus);
    Path out = tmp.resolve("out");
    Path dir = Files.createDirectories(tmp.resolve("adir"));
    Map<String, String> cases =
        Map.of(
            in.toString(), "is one of the inputs",
            tmp.resolve("./docs.jsonl").toString(), "is one of the inputs",
            out.resolve("clusters.jsonl").toString(), "would overwrite dedup's own clusters.jsonl",
            dir.toString(), "is a directory");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      CliRun run =
          CliRun.of("dedup", in.toString(), "--out", out.toString(), "--unique", c.getKey());
      assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err).contains(c.getValue());
      assertThat(out).as("nothing written for --unique %s", c.getKey()).doesNotExist();
    }
    assertThat(Files.readString(in)).isEqualTo(corpus);
  }

  @Test
  void aSecondRunOverADirectoryDoesNotReadItsOwnOutputs() throws IOException {
    Path dir = corpusDir();
    Path out = dir.resolve("out");
    Path unique = dir.resolve("unique.jsonl");
    for (int i = 0; i < 2; i++) {
      CliRun run = dedup(dir, out, "--unique", unique.toString(), "--quiet");
      assertThat(run.exit).as(run.toString()).isZero();
      assertThat(run.out).contains("documents:            3");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--threads=0",
        "--shingle-size=0",
        "--lsh-threshold=1.5",
        "--passage-window=-1",
        "--passage-min=0",
        "--linkage=2",
        "--attach=-1",
        "--attach-vocabulary=1.5",
        "--near-duplicate=2",
        "--contains=-1",
        "--max-doc-bytes=-5",
        "--max-doc-bytes=2147483647"
      })
  void anOptionValueOutOfRangeIsAUsageErrorNamingTheOption(String option) throws IOException {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", corpusDir().toString(), "--out", out.toString(), option);
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    String name = option.substring(0, option.indexOf('='));
    assertThat(run.err).startsWith("doppel: " + name + " must be").doesNotContain("Exception");
    assertThat(run.err).contains("Try 'doppel dedup --help'");
    assertThat(out).doesNotExist();
  }

  @Test
  void aTempDirThatIsNoDirectoryIsAUsageErrorBeforeAnythingIsRead() throws IOException {
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of(
            "dedup",
            corpusDir().toString(),
            "--out",
            out.toString(),
            "--temp-dir",
            tmp.resolve("none").toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("--temp-dir").contains("is not a directory");
  }

  @Test
  void verboseAfterTheSubcommandPrintsTheStackTraceToo() {
    String missing = tmp.resolve("missing.txt").toString();
    CliRun after = CliRun.of("dedup", missing, "--out", tmp.resolve("o").toString(), "--verbose");
    CliRun before = CliRun.of("--verbose", "dedup", missing, "--out", tmp.resolve("o").toString());
    CliRun none = CliRun.of("dedup", missing, "--out", tmp.resolve("o").toString());
    assertThat(after.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(after.err).contains("BadInputException").contains("\tat ");
    assertThat(before.err).contains("\tat ");
    assertThat(none.err).doesNotContain("\tat ");
  }

  @Test
  void outputsGetTheUsualPermissionsAndAReplacedFileKeepsItsOwn() throws IOException {
    assumeTrue(posix(), "permissions need a POSIX file system");
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    // what any new file gets here (the umask decides), as the reference
    Path reference = Files.writeString(out.resolve("reference"), "x");
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(reference);
    CliRun run = CliRun.of("dedup", corpusDir().toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(Files.getPosixFilePermissions(out.resolve("clusters.jsonl"))).isEqualTo(usual);
    Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(out.resolve("pairs.jsonl"), own);
    run = CliRun.of("dedup", corpusDir().toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(Files.getPosixFilePermissions(out.resolve("pairs.jsonl"))).isEqualTo(own);
  }

  @Test
  void aPageInWindows1252FoundByItsContentIsDecodedByItsDeclaredCharsetAsANamedOneIs()
      throws IOException {
    String page =
        "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>t</title></head>"
            + "<body><article><p>Le conseil municipal a approuv\u00e9 la nouvelle barri\u00e8re"
            + " contre les crues mardi, apr\u00e8s un long d\u00e9bat sur les co\u00fbts.</p>"
            + "</article></body></html>";
    Path dir = Files.createDirectories(tmp.resolve("pages"));
    Files.write(
        dir.resolve("page.txt"), page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Path out = tmp.resolve("out");
    Path unique = tmp.resolve("unique.jsonl");
    CliRun run = dedup(dir, out, "--unique", unique.toString(), "--unique-as", "text", "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("read as HTML:       1");
    assertThat(Files.readString(unique)).contains("approuv\u00e9 la nouvelle barri\u00e8re");

    // plain text in windows-1252 declares nothing: still not UTF-8
    Files.write(
        dir.resolve("page.txt"),
        "Le conseil a approuv\u00e9.".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    run = CliRun.of("dedup", dir.toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("not UTF-8");
  }

  @Test
  void aTextFileInWindows1252IsReadWithTheFallbackCharsetAndNamedWithoutIt() throws IOException {
    java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
    Path dir = Files.createDirectories(tmp.resolve("legacy"));
    // 0x92 is a right single quote in windows-1252 and no character start in UTF-8
    Files.write(
        dir.resolve("old.txt"),
        "The council\u2019s vote was approuv\u00e9 on Tuesday.\n".getBytes(cp1252));
    Files.writeString(dir.resolve("new.txt"), "A plain UTF-8 text about the weather.\n");
    Path out = tmp.resolve("out");
    CliRun run = dedup(dir, out, "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err)
        .contains("old.txt:1: not UTF-8: invalid byte 0x92")
        .contains("--fallback-charset CHARSET reads such files");
    assertThat(out.resolve("clusters.jsonl")).doesNotExist();

    Path unique = tmp.resolve("unique.jsonl");
    // --unique-as text writes the text read, original the file's whole text: both as decoded
    for (String form : new String[] {"text", "original"}) {
      run =
          dedup(
              dir,
              out,
              "--fallback-charset",
              "windows-1252",
              "--unique",
              unique.toString(),
              "--unique-as",
              form,
              "--quiet");
      assertThat(run.exit).as(run.toString()).isZero();
      assertThat(run.out).contains("documents:            2").contains("read as windows-1252: 1");
      assertThat(Files.readString(unique))
          .as(form)
          .contains("The council\u2019s vote was approuv\u00e9")
          .contains("A plain UTF-8 text");
    }
    assertThat(Files.readString(out.resolve("run.json"))).contains("windows-1252");
  }

  @Test
  void compareAndTextTakeTheFallbackCharsetToo() throws IOException {
    java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
    String story =
        "The council\u2019s flood barrier was approved on Tuesday after a long debate about its"
            + " cost, which the mayor said the city could carry over ten years.";
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");
    Files.write(a, (story + "\n").getBytes(cp1252));
    Files.writeString(b, story + " A second paragraph came later.\n");
    CliRun run = CliRun.of("compare", a.toString(), b.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("a.txt:1: not UTF-8").contains("--fallback-charset");
    run =
        CliRun.of(
            "compare",
            a.toString(),
            b.toString(),
            "--fallback-charset",
            "windows-1252",
            "--format",
            "json");
    assertThat(run.exit).as(run.toString()).isZero();
    // the texts share their first paragraph, curly quote included: not unrelated
    assertThat(run.out).containsPattern("\"jaccard\" : 0\\.[0-9]*[1-9]");
    run = CliRun.of("text", a.toString(), "--fallback-charset", "windows-1252");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("The council\u2019s flood barrier");
  }

  @Test
  void theFallbackCharsetLeavesBinaryAndUtf16FilesBadInputAndAnUnknownCharsetIsAUsageError()
      throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("binary"));
    Files.write(dir.resolve("blob.txt"), new byte[] {'a', (byte) 0x92, 0, 1, 2, 'b'});
    Path out = tmp.resolve("out");
    CliRun run = dedup(dir, out, "--fallback-charset", "windows-1252", "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("blob.txt").contains("binary file");
    Files.delete(dir.resolve("blob.txt"));
    Files.write(
        dir.resolve("wide.txt"),
        "\uFEFFSome text in UTF-16 with a mark.".getBytes(StandardCharsets.UTF_16LE));
    run = dedup(dir, out, "--fallback-charset", "ISO-8859-1", "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("wide.txt").contains("UTF-16");
    run = dedup(dir, out, "--fallback-charset", "no-such-charset", "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("--fallback-charset").contains("no-such-charset");
  }

  @Test
  void aUtf16PageCutToTheSizeLimitEndsAtALineNotInsideACharacter() throws IOException {
    String page =
        "<!DOCTYPE html><html><head><meta charset=\"utf-16\"></head><body><p>"
            + "Le conseil a approuv\u00e9 la barri\u00e8re. ".repeat(5)
            + "</p>\n<p>"
            + "Encore du texte ici \ud83d\ude00. ".repeat(20)
            + "</p></body></html>";
    Path in = tmp.resolve("page.html");
    Files.write(in, page.getBytes(StandardCharsets.UTF_16)); // big-endian, with a byte-order mark
    for (int limit = 300; limit < 700; limit += 37) {
      Path unique = tmp.resolve("u" + limit + ".jsonl");
      CliRun run =
          dedup(
              in,
              tmp.resolve("out"),
              "--max-doc-bytes",
              Integer.toString(limit),
              "--unique",
              unique.toString(),
              "--quiet");
      assertThat(run.exit).as(run.toString()).isZero();
      String kept = Files.readString(unique);
      assertThat(kept).as("limit %d", limit).doesNotContain("\\ufffd").doesNotContain("\ufffd");
      assertThat(run.err).containsPattern("only the first \\d*[02468] bytes are used");
    }
  }

  @Test
  void anUnpairedSurrogateEscapeInAJsonFieldIsBadInputNamingLineAndField() throws IOException {
    // "x\ud800y" is valid JSON but no text: written out it became "x?y", so two such ids collided
    Path in = tmp.resolve("lone.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"a\",\"text\":\""
            + STORY
            + " \\ud83d\\ude00\"}\n"
            + "{\"id\":\"x\\ud800y\",\"text\":\""
            + STORY
            + "\"}\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    CliRun run = dedup(in, out, "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(3);
    assertThat(run.err)
        .contains("lone.jsonl:2: field 'id': unpaired surrogate \\ud800 at character 1");
    assertThat(out.resolve("clusters.jsonl")).doesNotExist();

    // a pair of escapes (an emoji) is one character, and fine
    Files.writeString(
        in, "{\"id\":\"a\",\"text\":\"" + STORY + " \\ud83d\\ude00\"}\n", StandardCharsets.UTF_8);
    run = dedup(in, out, "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
  }

  @Test
  void aGzipFileCutShortSaysSoWithTheLineItStoppedAt() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      for (int i = 0; i < 50; i++) {
        gz.write(
            ("{\"id\":\"d" + i + "\",\"text\":\"" + STORY + " " + i + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = bytes.toByteArray();
    Path in = tmp.resolve("cut.jsonl.gz");
    Files.write(in, java.util.Arrays.copyOf(whole, whole.length - 4)); // its trailer cut off
    CliRun run = dedup(in, tmp.resolve("out"), "--quiet");
    assertThat(run.exit).as(run.toString()).isEqualTo(3);
    assertThat(run.err)
        .contains("cut.jsonl.gz:")
        .contains("the compressed stream ends early (a truncated .gz file?)")
        .doesNotContain("null");
  }

  @Test
  void withSkipBadAGzipFileCutShortKeepsEveryCompleteLineBeforeTheCut() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      for (int i = 0; i < 20_000; i++) {
        gz.write(
            ("{\"id\":\"d"
                    + i
                    + "\",\"text\":\"story "
                    + i
                    + " of the harbour, vote "
                    + i * 7
                    + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = bytes.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    // what a decoder gets out before the cut, one byte at a time: its complete lines
    long complete = 0;
    try (java.io.InputStream in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(cut))) {
      int b;
      while ((b = in.read()) >= 0) {
        complete += b == '\n' ? 1 : 0;
      }
    } catch (java.io.EOFException expected) {
      // the cut
    }
    assertThat(complete).isGreaterThan(5_000);
    Path in = tmp.resolve("half.jsonl.gz");
    Files.write(in, cut);
    CliRun run = dedup(in, tmp.resolve("out"), "--quiet", "--skip-bad");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out)
        .contains(String.format(java.util.Locale.ROOT, "documents:            %d%n", complete));
    assertThat(run.err).contains("half.jsonl.gz:" + (complete + 1) + ": cannot read");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1025", "100000"})
  void threadCountsOutOfRangeAreUsageErrors(String threads) throws IOException {
    CliRun run = dedup(corpusDir(), tmp.resolve("out"), "--threads", threads);
    assertThat(run.exit).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--threads must be in [1, 1024], got " + threads);
  }
}
