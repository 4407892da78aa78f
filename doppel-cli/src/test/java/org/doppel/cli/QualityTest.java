package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doppel.cli.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clustering quality on ../shared/data/wikipedia-versions (skipped where the data is absent). */
class QualityTest {

  /**
   * The target for the ARI of {@code --preset revisions} (measured 0.9547 with small
   * clusters attaching by vocabulary, 0.9348 without; see the README).
   */
  static final double MIN_ARI = 0.95;

  @TempDir Path tmp;

  static Path sharedData() {
    return Path.of(System.getProperty("doppel.shared.data", "../../shared/data"));
  }

  @Test
  void wikipediaVersionsAriStaysAtItsMeasuredLevel() throws Exception {
    Path set = sharedData().resolve("wikipedia-versions");
    assumeTrue(
        Files.isDirectory(set.resolve("version_documents")),
        "skipped: " + set + " is missing (clone the project beside ../shared to run it)");
    Path out = tmp.resolve("out");
    CliRun dedup =
        CliRun.of(
            "dedup",
            set.resolve("version_documents").toString(),
            "--out",
            out.toString(),
            "--preset",
            "revisions",
            "--quiet");
    assertThat(dedup.exit).as(dedup.toString()).isZero();
    // the documents joined by vocabulary are marked, and counted in the summary and run.json
    long marked =
        Files.readAllLines(out.resolve("clusters.jsonl")).stream()
            .filter(l -> l.contains("\"joined_by\":\"vocabulary\""))
            .count();
    assertThat(marked).isPositive();
    assertThat(
            Json.MAPPER
                .readTree(out.resolve("run.json").toFile())
                .get("joined_by_vocabulary")
                .asLong())
        .isEqualTo(marked);
    assertThat(dedup.out).contains("joined by vocabulary: " + marked + " documents");
    CliRun eval =
        CliRun.of(
            "eval",
            "clusters",
            out.resolve("clusters.jsonl").toString(),
            "--gold",
            "wikipedia-versions",
            set.toString(),
            "--json",
            "--min-ari",
            String.valueOf(MIN_ARI));
    JsonNode scores = Json.MAPPER.readTree(eval.out);
    assertThat(scores.get("documents").asInt()).isEqualTo(2504);
    assertThat(scores.get("ari").asDouble()).isGreaterThanOrEqualTo(MIN_ARI);
    assertThat(scores.get("precision").asDouble()).isGreaterThan(0.97); // measured 0.9734
    assertThat(eval.exit).isZero();
  }
}
