package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.doppel.cli.eval.ClusterScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalClustersCommandTest {

  @TempDir Path tmp;

  @Test
  void adjustedRandIndexMatchesHandComputedValues() {
    assertThat(ClusterScores.of(List.of("a", "a", "b"), List.of("x", "x", "y")).ari())
        .isEqualTo(1.0);
    // sklearn.metrics.adjusted_rand_score([0,0,1,1],[0,0,0,1]) = 0.0; ([0,0,1,2],[0,0,1,1]) =
    // 0.5714...
    assertThat(ClusterScores.of(List.of("0", "0", "1", "1"), List.of("0", "0", "0", "1")).ari())
        .isCloseTo(0.0, within(1e-9));
    ClusterScores s = ClusterScores.of(List.of("0", "0", "1", "2"), List.of("0", "0", "1", "1"));
    assertThat(s.ari()).isCloseTo(4.0 / 7.0, within(1e-9));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
  }

  @Test
  void scoresAClustersFileAgainstJsonlGoldAndEnforcesTheTarget() throws Exception {
    Path clusters = tmp.resolve("clusters.jsonl");
    Files.writeString(
        clusters,
        """
        {"id":"a","cluster":0,"representative":true}
        {"id":"b","cluster":0,"representative":false}
        {"id":"c","cluster":1,"representative":true}
        """);
    Path gold = tmp.resolve("gold.jsonl");
    Files.writeString(
        gold,
        "{\"id\":\"a\",\"group\":\"g1\"}\n{\"id\":\"b\",\"group\":\"g2\"}\n{\"id\":\"c\",\"group\":\"g2\"}\n{\"id\":\"d\",\"group\":\"g3\"}\n");
    CliRun run =
        CliRun.of("eval", "clusters", clusters.toString(), "--gold", "jsonl", gold.toString());
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:          4 (1 not in").contains("ARI:");
    run = run(clusters, gold, "--min-ari", "0.9");
    assertThat(run.exit).isEqualTo(ExitCodes.BELOW_TARGET);
    assertThat(run.err).contains("below --min-ari");
    // a target no ARI can reach is a usage error, not a check that cannot pass
    for (String unreachable : new String[] {"1.1", "-2", "NaN"}) {
      run = run(clusters, gold, "--min-ari", unreachable);
      assertThat(run.exit).as(unreachable).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err).contains("--min-ari must be in [-1, 1]");
    }
  }

  @Test
  void malformedClustersFileIsBadInput() throws Exception {
    Path clusters = tmp.resolve("clusters.jsonl");
    Files.writeString(clusters, "{\"id\":\"a\"}\n");
    CliRun run =
        CliRun.of("eval", "clusters", clusters.toString(), "--gold", "jsonl", clusters.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("clusters.jsonl:1: field 'group': missing");
  }

  @Test
  void aLineThatIsNotOneJsonObjectIsBadInputWithTheReason() throws Exception {
    Path gold = tmp.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\":\"a\",\"group\":1}\n{\"id\":\"b\",\"group\":1}\n");
    Path clusters = tmp.resolve("clusters.jsonl");
    for (String[] c :
        new String[][] {
          {"{\"id\":\"a\",\"cluster\":0} {\"id\":\"b\",\"cluster\":0}", "text after the object"},
          {"{\"id\":\"a\",\"cluster\":0", "malformed JSON: Unexpected end-of-input"},
          {"{\"id\":\"a\" \"cluster\":0}", "(column "}
        }) {
      Files.writeString(clusters, "{\"id\":\"b\",\"cluster\":0}\n" + c[0] + "\n");
      CliRun run =
          CliRun.of("eval", "clusters", clusters.toString(), "--gold", "jsonl", gold.toString());
      assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err).contains("clusters.jsonl:2: malformed JSON").contains(c[1]);
    }
  }

  @Test
  void emptyGoldIsBadInputNamingTheFileNotAPerfectScore() throws Exception {
    Path gold = write("empty.jsonl", "");
    CliRun run = run(twoInOneCluster(), gold, "--min-ari", "0.9", "--json");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("empty.jsonl: empty");
  }

  @Test
  void goldSharingNoIdWithTheClustersIsBadInputNotAPerfectScore() throws Exception {
    Path gold =
        write("other.jsonl", "{\"id\":\"q\",\"group\":\"g1\"}\n{\"id\":\"r\",\"group\":\"g2\"}\n");
    CliRun run = run(twoInOneCluster(), gold, "--min-ari", "0.9");
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .contains("clusters.jsonl: holds none of the 2 gold ids of")
        .contains("other.jsonl")
        .contains("'q'")
        .contains("'x'");
  }

  @Test
  void goldMostlyMissingFromTheClustersIsScoredWithAWarning() throws Exception {
    Path gold =
        write(
            "mostly-other.jsonl",
            """
            {"id":"x","group":"g1"}
            {"id":"y","group":"g1"}
            {"id":"q","group":"g2"}
            {"id":"r","group":"g3"}
            {"id":"s","group":"g4"}
            """);
    CliRun run = run(twoInOneCluster(), gold);
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:          5 (3 not in");
    assertThat(run.err).contains("warning: 3 of the 5 gold ids are not in").contains("same corpus");
    // most gold ids present: no warning
    gold =
        write(
            "mostly-same.jsonl",
            "{\"id\":\"x\",\"group\":\"g1\"}\n{\"id\":\"y\",\"group\":\"g1\"}\n{\"id\":\"q\",\"group\":\"g2\"}\n");
    run = run(twoInOneCluster(), gold);
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).doesNotContain("warning");
  }

  @Test
  void idsAndLabelsThatAreArraysOrObjectsAreBadInputNamingFileLineAndField() throws Exception {
    Path gold =
        write("obj.jsonl", "{\"id\":\"x\",\"group\":\"a\"}\n{\"id\":\"y\",\"group\":{\"b\":1}}\n");
    CliRun run = run(twoInOneCluster(), gold);
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("obj.jsonl:2: field 'group': not a string or number: object");
    gold = write("gold.jsonl", "{\"id\":\"x\",\"group\":1}\n{\"id\":\"y\",\"group\":2}\n");
    run = run(write("arr.jsonl", "{\"id\":\"x\",\"cluster\":[0]}\n"), gold);
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("arr.jsonl:1: field 'cluster': not a string or number: array");
    run = run(write("id.jsonl", "{\"id\":[\"x\"],\"cluster\":0}\n"), gold);
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("id.jsonl:1: field 'id': not a string or number: array");
    // numbers are labels as good as strings
    run = run(twoInOneCluster(), gold, "--json");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("\"documents\":2,").contains("\"gold_groups\":2");
  }

  @Test
  void fewerThanTwoDocumentsHaveNoPairsToScore() throws Exception {
    assertThatThrownBy(() -> ClusterScores.of(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClusterScores.of(List.of("a"), List.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
    CliRun run = run(twoInOneCluster(), write("one.jsonl", "{\"id\":\"x\",\"group\":\"g\"}\n"));
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("one.jsonl: a single gold document: no pairs to score");
  }

  @Test
  void partitionsThatAreBothAllSingletonsOrBothOneClusterAgreePerfectly() {
    assertThat(ClusterScores.of(List.of("a", "b", "c"), List.of("x", "y", "z")).ari())
        .isEqualTo(1.0);
    assertThat(ClusterScores.of(List.of("a", "a"), List.of("x", "x")).ari()).isEqualTo(1.0);
    assertThat(ClusterScores.of(List.of("a", "b"), List.of("x", "x")).ari()).isLessThan(1.0);
  }

  @Test
  void gzippedGoldAndClustersAreRead() throws Exception {
    Path clusters = gzip(twoInOneCluster());
    Path gold = gzip(twoInOneGroup());
    CliRun run = run(clusters, gold, "--json");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("\"documents\":2,\"missing\":0,\"ari\":1.000000");
  }

  @Test
  void anUnknownGoldFormatIsAUsageErrorListingTheValidOnes() throws Exception {
    Path gold = twoInOneGroup();
    CliRun run =
        CliRun.of(
            "eval", "clusters", twoInOneCluster().toString(), "--gold", "xml", gold.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err)
        .contains("Invalid value for option '--gold': expected one of [jsonl, wikipedia-versions]")
        .contains("but was 'xml'")
        .doesNotContain("No enum constant");
    run =
        CliRun.of(
            "eval", "clusters", twoInOneCluster().toString(), "--gold", "JSONL", gold.toString());
    assertThat(run.exit).as(run.toString()).isZero();
  }

  @Test
  void aMissingClustersFileIsBadInputSayingNoSuchFile() throws Exception {
    Path gold =
        write("gold.jsonl", "{\"id\":\"x\",\"group\":\"g\"}\n{\"id\":\"y\",\"group\":\"g\"}\n");
    CliRun run = run(tmp.resolve("nope.jsonl"), gold);
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("nope.jsonl: no such file");
  }

  private Path twoInOneGroup() throws IOException {
    return write("gold.jsonl", "{\"id\":\"x\",\"group\":\"g\"}\n{\"id\":\"y\",\"group\":\"g\"}\n");
  }

  private Path twoInOneCluster() throws IOException {
    return write("clusters.jsonl", "{\"id\":\"x\",\"cluster\":0}\n{\"id\":\"y\",\"cluster\":0}\n");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Path gzip(Path file) throws IOException {
    Path gz = file.resolveSibling(file.getFileName() + ".gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(Files.readAllBytes(file));
    }
    return gz;
  }

  private static CliRun run(Path clusters, Path gold, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("eval", "clusters", clusters.toString(), "--gold", "jsonl", gold.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }
}
