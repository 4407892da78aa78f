package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the {@code ./doppel} launcher picks (collector, compiler, heap sizes), checked by
 * running a copy of the script against a stand-in {@code java} that prints its arguments.
 */
class LauncherTest {

  @TempDir static Path root;

  private static Path bin;
  private static Path small;
  private static Path large;

  @BeforeAll
  static void copyLauncher() throws IOException {
    Path launcher = root.resolve("doppel");
    Files.copy(Path.of("..", "doppel"), launcher);
    launcher.toFile().setExecutable(true);
    Path jar = root.resolve("doppel-cli/target/doppel.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, ""); // only its presence is checked with DOPPEL_SKIP_BUILD=1
    bin = Files.createDirectories(root.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        """
        #!/bin/sh
        case "$*" in *PrintFlagsFinal*) exit 0 ;; esac
        echo "$@" "locale=${LC_ALL:-unset}"
        """,
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    small = Files.writeString(root.resolve("small.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n");
    large = root.resolve("large.jsonl");
    try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
      f.setLength(200L << 20); // sparse: its size on disk is what the launcher reads
    }
  }

  private static List<String> options(String javaOpts, String... args)
      throws IOException, InterruptedException {
    return withToolOptions(javaOpts, null, args);
  }

  /** The options the launcher passes to java, given DOPPEL_JAVA_OPTS and JAVA_TOOL_OPTIONS. */
  private static List<String> withToolOptions(String javaOpts, String toolOpts, String... args)
      throws IOException, InterruptedException {
    Map<String, String> changes = new HashMap<>();
    changes.put("JAVA_TOOL_OPTIONS", toolOpts);
    changes.put("JDK_JAVA_OPTIONS", null);
    changes.put("DOPPEL_JAVA_OPTS", javaOpts);
    String out = launch(changes, args);
    List<String> words = List.of(out.split("\\s+"));
    int jar = words.indexOf("-jar");
    assertThat(jar).as(out).isPositive();
    return words.subList(0, jar);
  }

  /**
   * What the fake java printed when the launcher ran {@code args}, with the environment changed by
   * {@code changes} (a null value removes the variable); the run must succeed.
   */
  private static String launch(Map<String, String> changes, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("doppel").toString()));
    command.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("DOPPEL_SKIP_BUILD", "1");
    env.put("DOPPEL_CDS", "0");
    changes.forEach(
        (k, v) -> {
          if (v == null) {
            env.remove(k);
          } else {
            env.put(k, v);
          }
        });
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** What the fake java printed when the launcher ran with {@code locale} (LANG) set. */
  private static String runWithLocale(Map<String, String> locale)
      throws IOException, InterruptedException {
    Map<String, String> changes = new HashMap<>(locale);
    changes.put("LC_ALL", null);
    changes.put("LC_CTYPE", null);
    return launch(changes, "text", small.toString());
  }

  @Test
  void javaRunsInAUtf8LocaleWhereTheUsersIsNot() throws Exception {
    Process list = new ProcessBuilder("sh", "-c", "locale -a").redirectErrorStream(true).start();
    String locales = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    list.waitFor(10, TimeUnit.SECONDS);
    assumeTrue(
        locales.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bc\\.utf-?8\\b.*"),
        "the system has no C.UTF-8 locale");
    assertThat(runWithLocale(Map.of("LANG", "C"))).endsWith("locale=C.UTF-8");
    assertThat(runWithLocale(Map.of("LANG", "C.UTF-8"))).endsWith("locale=unset");
  }

  private static long ramBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) << 10;
      }
    }
    return 0;
  }

  @Test
  void smallInputGetsParallelCollectorAndC1AndTheCollectorsOwnHeapSizing() throws Exception {
    assertThat(options(null, "dedup", small.toString(), "--out", root.resolve("o").toString()))
        .contains(
            "-XX:+UseParallelGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:Tier3BackEdgeThreshold=5000",
            "-Xmx8g")
        .noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-Xmn"));
  }

  @Test
  void aBackEdgeThresholdOfOnesOwnIsKept() throws Exception {
    assertThat(
            options(
                "-Xmx2g -XX:Tier3BackEdgeThreshold=60000",
                "dedup",
                small.toString(),
                "--out",
                root.resolve("o").toString()))
        .contains("-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=60000")
        .doesNotContain("-XX:Tier3BackEdgeThreshold=5000");
  }

  @Test
  void largeInputKeepsC2AndFixesTheYoungGenerationAndCommitsTheHeapWhereTheMachineHasIt()
      throws Exception {
    assumeThat(Path.of("/proc/meminfo")).exists();
    List<String> opts =
        options(null, "dedup", large.toString(), "--out", root.resolve("o").toString());
    assertThat(opts)
        .contains("-XX:+UseParallelGC", "-Xmn768m")
        .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=5000");
    if (ramBytes() >= 8L << 30) {
      assertThat(opts).contains("-Xms" + (8L << 30));
    } else {
      assertThat(opts).noneMatch(o -> o.startsWith("-Xms"));
    }
  }

  @Test
  void standardInputCountsAsLarge() throws Exception {
    assertThat(options(null, "dedup", "-", "--out", root.resolve("o").toString()))
        .doesNotContain("-XX:TieredStopAtLevel=1");
  }

  @Test
  void optionValuesAreNotCountedAsInput() throws Exception {
    // --out names the large file's directory's file; it is an option value, not an input
    assertThat(options(null, "dedup", small.toString(), "--out", large.toString()))
        .contains("-XX:TieredStopAtLevel=1");
  }

  @Test
  void anInputAfterAFlagIsCountedAsInput() throws Exception {
    // flags take no value: the large file after each is an input, sized as one
    for (String flag : List.of("--no-attach-passages", "--attach-passages", "--quiet")) {
      assertThat(options(null, "dedup", flag, large.toString(), "--out", "o"))
          .as(flag)
          .doesNotContain("-XX:TieredStopAtLevel=1");
    }
  }

  @Test
  void aSmallHeapKeepsTheCollectorsOwnSizing() throws Exception {
    assertThat(options("-Xmx2g", "dedup", large.toString(), "--out", "o"))
        .contains("-Xmx2g")
        .noneMatch(o -> o.startsWith("-Xmn") || o.startsWith("-Xms"));
  }

  @Test
  void heapSizesOfOnesOwnLeaveTheLaunchersOut() throws Exception {
    assertThat(options("-Xmx16g -Xmn1g", "dedup", large.toString(), "--out", "o"))
        .contains("-Xmn1g")
        .doesNotContain("-Xmn768m")
        .noneMatch(o -> o.startsWith("-Xms"));
    assertThat(options("-Xmx16g -XX:NewRatio=3", "dedup", large.toString(), "--out", "o"))
        .noneMatch(o -> o.startsWith("-Xmn") || o.startsWith("-Xms"));
    assertThat(options("-Xmx16g -Xms1g", "dedup", large.toString(), "--out", "o"))
        .contains("-Xms1g")
        .noneMatch(o -> o.startsWith("-Xmn"));
  }

  @Test
  void choicesOfOnesOwnAreKept() throws Exception {
    assertThat(
            options(
                "-Xmx8g -XX:+UseG1GC -XX:-TieredCompilation",
                "dedup",
                small.toString(),
                "--out",
                "o"))
        .contains("-XX:+UseG1GC", "-XX:-TieredCompilation")
        .doesNotContain("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
  }

  @Test
  void theMaximumHeapIsTheOneTheJvmTakes() throws Exception {
    // the command line's -Xmx wins over JAVA_TOOL_OPTIONS': an -Xms from the latter would exceed it
    assertThat(withToolOptions("-Xmx2g", "-Xmx16g", "dedup", large.toString(), "--out", "o"))
        .noneMatch(o -> o.startsWith("-Xmn") || o.startsWith("-Xms"));
    assertThat(withToolOptions("-Xmx16g", "-Xmx2g", "dedup", large.toString(), "--out", "o"))
        .contains("-Xmn768m");
  }

  @Test
  void heapSizesInOtherUnitsAreRead() throws Exception {
    assertThat(options("-Xmx4096m", "dedup", large.toString(), "--out", "o")).contains("-Xmn768m");
    assertThat(options("-XX:MaxHeapSize=8589934592", "dedup", large.toString(), "--out", "o"))
        .contains("-Xmn768m");
    assertThat(options("-Xmx4194303k", "dedup", large.toString(), "--out", "o"))
        .noneMatch(o -> o.startsWith("-Xmn"));
  }

  /**
   * Runs a fresh copy of the launcher with CDS on, against a stand-in java that writes the class
   * list and the archive it is asked for (or fails to, with {@code dumpFails}), and returns what
   * each of {@code runs} dedup runs printed, followed by the archive files left beside the jar.
   */
  private static List<String> cdsRuns(Path dir, boolean dumpFails, int runs)
      throws IOException, InterruptedException {
    return cdsRuns(dir, dumpFails, runs, null);
  }

  /**
   * As {@link #cdsRuns(Path, boolean, int)}, with {@code javaOpts} as DOPPEL_JAVA_OPTS; the archive
   * dump's arguments are written to {@code dir/dump-args}.
   */
  private static List<String> cdsRuns(Path dir, boolean dumpFails, int runs, String javaOpts)
      throws IOException, InterruptedException {
    Path launcher = dir.resolve("doppel");
    Files.copy(Path.of("..", "doppel"), launcher);
    Path target = Files.createDirectories(dir.resolve("doppel-cli/target"));
    Files.writeString(target.resolve("doppel.jar"), "");
    Path fakeBin = Files.createDirectories(dir.resolve("bin"));
    Path java = fakeBin.resolve("java");
    Files.writeString(
        java,
        """
        #!/bin/sh
        case "$*" in *PrintFlagsFinal*) echo "ccstr DumpLoadedClassList = {product}"; exit 0 ;; esac
        for a in "$@"; do
          case "$a" in
            -XX:DumpLoadedClassList=*) echo "org/doppel/cli/DoppelCommand" > "${a#*=}" ;;
            -XX:SharedArchiveFile=*) archive="${a#*=}" ;;
            -Xshare:dump) dump=1 ;;
          esac
        done
        if [ -n "$dump" ]; then
          echo "$@" > "$DUMP_ARGS"
          [ "$DUMP_FAILS" = 1 ] && exit 1
          echo archive > "$archive"; exit 0
        fi
        echo "$@"
        """,
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> printed = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ProcessBuilder pb =
          new ProcessBuilder("bash", launcher.toString(), "dedup", small.toString())
              .redirectErrorStream(true);
      Map<String, String> env = pb.environment();
      env.put("PATH", fakeBin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
      env.put("DOPPEL_SKIP_BUILD", "1");
      env.put("DUMP_FAILS", dumpFails ? "1" : "0");
      env.remove("DOPPEL_CDS");
      env.remove("DOPPEL_JAVA_OPTS");
      if (javaOpts != null) {
        env.put("DOPPEL_JAVA_OPTS", javaOpts);
      }
      env.put("DUMP_ARGS", dir.resolve("dump-args").toString());
      Process p = pb.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      printed.add(out);
    }
    try (var files = Files.list(target)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> !n.equals("doppel.jar"))
          .sorted()
          .forEach(n -> printed.add("file " + n.replaceAll("doppel-[0-9]+", "doppel-N")));
    }
    return printed;
  }

  @Test
  void theFirstDedupRunListsItsClassesAndLaterRunsMapTheArchiveMadeOfThem(@TempDir Path dir)
      throws Exception {
    List<String> printed = cdsRuns(dir, false, 2);
    assertThat(printed.get(0)).contains("-XX:DumpLoadedClassList=").doesNotContain("SharedArchive");
    assertThat(printed.get(1)).containsPattern("-XX:SharedArchiveFile=\\S+/doppel-[0-9]+\\.jsa ");
    // the class list and the unfinished archive are gone; only the archive is left
    assertThat(printed.subList(2, printed.size())).containsExactly("file doppel-N.jsa");
  }

  @Test
  void aJavaThatWritesNoArchiveIsNotAskedAgainUntilTheNextBuild(@TempDir Path dir)
      throws Exception {
    List<String> printed = cdsRuns(dir, true, 2);
    assertThat(printed.get(0)).contains("-XX:DumpLoadedClassList=");
    assertThat(printed.get(1))
        .doesNotContain("DumpLoadedClassList")
        .doesNotContain("SharedArchive");
    assertThat(printed.subList(2, printed.size())).containsExactly("file doppel-N.jsa.none");
  }

  @Test
  void theArchiveIsDumpedWithTheHeapAndCollectorOfTheRunButNotItsLogsOrRecordings(@TempDir Path dir)
      throws Exception {
    cdsRuns(dir, false, 1, "-Xmx2g -XX:+UseG1GC -Xlog:gc:file=gc.log -XX:StartFlightRecording");
    String dump = Files.readString(dir.resolve("dump-args"));
    assertThat(dump).contains("-Xshare:dump", "-Xmx2g", "-XX:+UseG1GC");
    assertThat(dump).doesNotContain("gc.log").doesNotContain("FlightRecording");
  }
}
