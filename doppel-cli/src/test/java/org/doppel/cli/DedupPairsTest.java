package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.doppel.cli.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code dedup --pairs}: which verified pairs pairs.jsonl gets, and what the counts say. */
class DedupPairsTest {

  @TempDir Path tmp;

  /**
   * A story (1), its reprint under a line of its own (2, near-duplicate), an exact copy (3), an
   * update that keeps two of its three paragraphs (4, a version), a follow-up that keeps one of the
   * update's paragraphs and part of one of the story's (5: a version of 4, only a shared passage
   * with 1 and 2), a digest quoting part of the story (6: a partial pair, its own cluster) and an
   * unrelated text (7).
   */
  private Path story() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("story"));
    SplittableRandom r = new SplittableRandom(3);
    String[] p = new String[5];
    Arrays.setAll(p, k -> DedupCommandTest.words(r, 40));
    String part = String.join(" ", Arrays.copyOf(p[2].split(" "), 20));
    String lede = String.join(" ", Arrays.copyOf(p[0].split(" "), 20));
    write(dir, "1-story.txt", p[0], p[1], p[2]);
    write(dir, "2-reprint.txt", "Reprinted from the Harbor Daily.", p[0], p[1], p[2]);
    write(dir, "3-copy.txt", p[0], p[1], p[2]);
    write(dir, "4-update.txt", p[1], p[2], p[3]);
    write(dir, "5-follow-up.txt", part, p[3], p[4]);
    write(dir, "6-digest.txt", DedupCommandTest.words(r, 40), lede, DedupCommandTest.words(r, 40));
    write(dir, "7-other.txt", DedupCommandTest.words(r, 60));
    return dir;
  }

  private static void write(Path dir, String name, String... paragraphs) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n\n", paragraphs) + "\n");
  }

  @Test
  void eachModeWritesItsPairsAndEveryCountStaysTrue() throws IOException {
    Path in = story();
    Map<String, CliRun> runs = new HashMap<>();
    for (String mode : List.of("all", "clusters", "none")) {
      // every pair verified (--all-pairs), so that the expected pairs do not rest on LSH's odds
      CliRun run =
          CliRun.of("dedup", in.toString(), "--out", out(mode), "--pairs", mode, "--all-pairs");
      assertThat(run.exit).as(run.toString()).isZero();
      runs.put(mode, run);
    }
    assertThat(pairs("all"))
        .containsExactly(
            "1-story 2-reprint near-duplicate",
            "1-story 3-copy identical",
            "1-story 4-update version",
            "1-story 5-follow-up partial",
            "1-story 6-digest partial",
            "2-reprint 4-update version",
            "2-reprint 5-follow-up partial",
            "2-reprint 6-digest partial",
            "4-update 5-follow-up version");
    // one pair per member: with the representative (1) where verified, else the follow-up's
    // version pair with the update (not its passage shared with 1); nothing to the digest
    assertThat(pairs("clusters"))
        .containsExactly(
            "1-story 2-reprint near-duplicate",
            "1-story 3-copy identical",
            "1-story 4-update version",
            "4-update 5-follow-up version");
    assertThat(Files.readAllLines(pairsFile("all"), StandardCharsets.UTF_8))
        .containsSubsequence(Files.readAllLines(pairsFile("clusters"), StandardCharsets.UTF_8));
    assertThat(Files.readString(pairsFile("none"))).isEmpty();
    assertThat(Files.readString(Path.of(out("all"), "pairs.jsonl")))
        .as("--pairs all is the default")
        .isEqualTo(defaultRun(in));
    assertThat(Files.readString(Path.of(out("all"), "clusters.jsonl")))
        .isEqualTo(Files.readString(Path.of(out("clusters"), "clusters.jsonl")))
        .isEqualTo(Files.readString(Path.of(out("none"), "clusters.jsonl")));

    for (String mode : runs.keySet()) {
      int written = Map.of("all", 9, "clusters", 4, "none", 0).get(mode);
      assertThat(runs.get(mode).out)
          .contains("related pairs:        9 (identical 1, near-duplicate 1, version 3, partial 4)")
          .contains("pairs written:        " + written + " of 9 (--pairs " + mode + ")");
      JsonNode info = Json.MAPPER.readTree(Path.of(out(mode), "run.json").toFile());
      assertThat(info.get("pairs").asLong()).isEqualTo(9);
      assertThat(info.get("pairs_written").asLong()).isEqualTo(written);
      assertThat(info.get("pairs_output").asText()).isEqualTo(mode);
      assertThat(info.get("pairs_by_relation").toString())
          .isEqualTo("{\"identical\":1,\"near-duplicate\":1,\"version\":3,\"partial\":4}");
    }
  }

  @Test
  void theClusterPairsStartFromTheRepresentativeKept() throws IOException {
    Path in = story();
    CliRun run =
        CliRun.of(
            "dedup",
            in.toString(),
            "--out",
            out("longest"),
            "--pairs",
            "clusters",
            "--keep",
            "longest",
            "--all-pairs");
    assertThat(run.exit).as(run.toString()).isZero();
    // the reprint is the longest: the story and the update pair with it; the exact copy was
    // verified with the story alone (copies are collapsed before candidate search)
    assertThat(pairs("longest"))
        .containsExactly(
            "1-story 2-reprint near-duplicate",
            "1-story 3-copy identical",
            "2-reprint 4-update version",
            "4-update 5-follow-up version");
  }

  @Test
  void anUnknownModeIsAUsageErrorNamingTheOption() throws IOException {
    Path in = story();
    CliRun run = CliRun.of("dedup", in.toString(), "--out", out("bad"), "--pairs", "tree");
    assertThat(run.exit).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err)
        .contains("Invalid value for option '--pairs'")
        .contains("ALL, CLUSTERS, NONE")
        .contains("'tree'");
    assertThat(Path.of(out("bad"))).doesNotExist();
  }

  /**
   * Seeded corpora of stories in many forms (exact copies, reprints under lines of their own,
   * updates that drop and add paragraphs, excerpts, pages that quote several stories): every line
   * {@code --pairs clusters} writes is a line {@code --pairs all} writes, in the same order, and
   * those pairs join each cluster of clusters.jsonl with one pair per member that is not the
   * representative, and never two clusters.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void clusterPairsAreVerifiedPairsThatConnectEveryCluster(long seed) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    SplittableRandom r = new SplittableRandom(seed);
    List<String[]> stories = new ArrayList<>();
    int files = 0;
    for (int s = 0; s < 8; s++) {
      String[] story = new String[3 + r.nextInt(4)];
      Arrays.setAll(story, k -> DedupCommandTest.words(r, 20 + r.nextInt(30)));
      stories.add(story);
      for (int copies = r.nextInt(8); copies >= 0; copies--) {
        String name = String.format(Locale.ROOT, "%03d-%d.txt", r.nextInt(1000), files++);
        write(dir, name, variant(r, story));
      }
    }
    for (int page = 0; page < 3; page++) {
      String[] a = stories.get(r.nextInt(stories.size()));
      String[] b = stories.get(r.nextInt(stories.size()));
      write(dir, "page" + page + ".txt", a[0], DedupCommandTest.words(r, 80), b[b.length - 1]);
    }
    CliRun all = CliRun.of("dedup", dir.toString(), "--out", out("all"), "--pairs", "all");
    CliRun trees =
        CliRun.of("dedup", dir.toString(), "--out", out("clusters"), "--pairs", "clusters");
    assertThat(all.exit).as(all.toString()).isZero();
    assertThat(trees.exit).as(trees.toString()).isZero();

    List<String> written = Files.readAllLines(pairsFile("clusters"), StandardCharsets.UTF_8);
    assertThat(Files.readAllLines(pairsFile("all"), StandardCharsets.UTF_8))
        .containsSubsequence(written);
    Map<String, Integer> cluster = DedupCommandTest.clusters(Path.of(out("clusters")));
    assertThat(DedupCommandTest.clusters(Path.of(out("all")))).isEqualTo(cluster);
    long clusters = cluster.values().stream().distinct().count();
    assertThat(written).hasSize(cluster.size() - (int) clusters);
    Map<String, String> parent = new HashMap<>();
    cluster.keySet().forEach(id -> parent.put(id, id));
    for (JsonNode p : DedupCommandTest.lines(pairsFile("clusters"))) {
      String a = p.get("a").asText();
      String b = p.get("b").asText();
      assertThat(cluster.get(a)).as(p.toString()).isEqualTo(cluster.get(b));
      parent.put(root(parent, a), root(parent, b));
    }
    Map<Integer, String> rootOf = new HashMap<>();
    cluster.forEach(
        (id, c) ->
            assertThat(rootOf.computeIfAbsent(c, k -> root(parent, id)))
                .as("%s is joined to its cluster", id)
                .isEqualTo(root(parent, id)));
  }

  /** A copy of {@code story} as it travels: exact, under a line of its own, updated or cut. */
  private static String[] variant(SplittableRandom r, String[] story) {
    List<String> p = new ArrayList<>(Arrays.asList(story));
    switch (r.nextInt(4)) {
      case 0 -> {}
      case 1 -> p.add(0, "Reprinted by site " + r.nextInt(1000) + ".");
      case 2 -> {
        p.remove(r.nextInt(p.size()));
        p.add(r.nextInt(p.size() + 1), DedupCommandTest.words(r, 30));
      }
      default -> p = p.subList(0, 1 + r.nextInt(p.size()));
    }
    return p.toArray(String[]::new);
  }

  private static String root(Map<String, String> parent, String id) {
    String p = id;
    while (!parent.get(p).equals(p)) {
      p = parent.get(p);
    }
    return p;
  }

  @Test
  void passageWindowListsAQuoteThatLshCannotSee() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("quote"));
    SplittableRandom r = new SplittableRandom(9);
    String quote = DedupCommandTest.words(r, 40);
    // two long articles sharing one 40-word passage (Jaccard about 0.01), and others
    write(dir, "a.txt", DedupCommandTest.words(r, 1500), quote, DedupCommandTest.words(r, 1500));
    write(
        dir,
        "b.txt",
        DedupCommandTest.words(r, 2000) + " " + quote,
        DedupCommandTest.words(r, 900));
    for (int k = 0; k < 10; k++) {
      write(dir, "other-" + k + ".txt", DedupCommandTest.words(r, 400));
    }
    CliRun off = CliRun.of("dedup", dir.toString(), "--out", out("off"));
    assertThat(off.exit).as(off.toString()).isZero();
    assertThat(pairs("off")).isEmpty();
    CliRun on = CliRun.of("dedup", dir.toString(), "--out", out("on"), "--passage-window", "8");
    assertThat(on.exit).as(on.toString()).isZero();
    assertThat(pairs("on")).containsExactly("a b partial");
    assertThat(on.out).contains("related pairs:        1 (partial 1)");
    assertThat(Files.readString(Path.of(out("on"), "clusters.jsonl")))
        .isEqualTo(Files.readString(Path.of(out("off"), "clusters.jsonl")));
  }

  private String out(String name) {
    return tmp.resolve("out-" + name).toString();
  }

  private Path pairsFile(String mode) {
    return Path.of(out(mode), "pairs.jsonl");
  }

  /** The pairs of a run as "a b relation", without the .txt of their ids. */
  private List<String> pairs(String mode) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode p : DedupCommandTest.lines(pairsFile(mode))) {
      out.add(
          p.get("a").asText().replace(".txt", "")
              + " "
              + p.get("b").asText().replace(".txt", "")
              + " "
              + p.get("relation").asText());
    }
    return out;
  }

  /** pairs.jsonl of a run without --pairs (every pair verified). */
  private String defaultRun(Path in) throws IOException {
    Path out = tmp.resolve("out-default");
    CliRun run = CliRun.of("dedup", in.toString(), "--out", out.toString(), "--all-pairs");
    assertThat(run.exit).as(run.toString()).isZero();
    return Files.readString(out.resolve("pairs.jsonl"));
  }
}
