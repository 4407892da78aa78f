package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    run =
        CliRun.of(
            "eval",
            "clusters",
            clusters.toString(),
            "--gold",
            "jsonl",
            gold.toString(),
            "--min-ari",
            "0.9");
    assertThat(run.exit).isEqualTo(ExitCodes.BELOW_TARGET);
    assertThat(run.err).contains("below --min-ari");
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
}
