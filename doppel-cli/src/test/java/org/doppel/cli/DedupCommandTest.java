package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.doppel.cli.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupCommandTest {

  static final Path SAMPLE = Path.of("..", "sample", "news");

  @TempDir Path tmp;

  @Test
  void sampleCorpusGroupsVersionsAndReprintsAndKeepsOtherStoriesApart() throws IOException {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", SAMPLE.toString(), "--out", out.toString());
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:            12").contains("clusters:             7");
    Map<String, Integer> cluster = clusters(out);
    assertThat(cluster).hasSize(12);
    int barrier = cluster.get("harbor-daily/flood-barrier-v1.txt");
    assertThat(cluster.get("harbor-daily/flood-barrier-v2.txt")).isEqualTo(barrier);
    assertThat(cluster.get("coastwire/flood-barrier.txt")).isEqualTo(barrier);
    assertThat(cluster.get("valley-post/flood-barrier.txt")).isEqualTo(barrier);
    assertThat(cluster.get("valley-post/flood-barrier-copy.txt")).isEqualTo(barrier);
    int budget = cluster.get("harbor-daily/mayor-budget.txt");
    assertThat(cluster.get("coastwire/mayor-budget.txt")).isEqualTo(budget).isNotEqualTo(barrier);
    assertThat(cluster.get("morning-digest/roundup.txt")).isNotIn(barrier, budget);
    assertThat(cluster.get("coastwire/ferry-strike.txt")).isNotIn(barrier, budget);

    List<JsonNode> pairs = lines(out.resolve("pairs.jsonl"));
    assertThat(pairs)
        .anySatisfy(
            p -> {
              assertThat(p.get("a").asText()).isEqualTo("valley-post/flood-barrier-copy.txt");
              assertThat(p.get("relation").asText()).isEqualTo("identical");
            });
    assertThat(pairs)
        .filteredOn(p -> p.get("b").asText().equals("morning-digest/roundup.txt"))
        .allSatisfy(p -> assertThat(p.get("relation").asText()).isEqualTo("partial"));
    List<JsonNode> boilerplate = lines(out.resolve("boilerplate.jsonl"));
    assertThat(boilerplate)
        .anySatisfy(
            b -> {
              assertThat(b.get("text").asText()).startsWith("Read more at CoastWire.com");
              assertThat(b.get("documents").asInt()).isEqualTo(3);
            });
    assertThat(Files.readString(out.resolve("run.json")))
        .contains("\"recipe\"")
        .contains("\"spilled_bytes\" : 0");
    assertThat(run.out).doesNotContain("spilled to disk");
    assertThat(run.out).doesNotContain("read as HTML");
    assertThat(Files.readString(out.resolve("run.json"))).contains("\"html_documents\" : 0");
  }

  @Test
  void jsonlWithCustomFieldsGzipDatesAndUniqueOutput() throws IOException {
    Path in = tmp.resolve("corpus.jsonl.gz");
    String story = "The council approved the flood barrier on Tuesday after a long debate. ";
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in))) {
      o.write(
          ("{\"key\": 1, \"body\": \""
                  + story.repeat(3)
                  + "\", \"when\": \"2026-05-02\"}\n"
                  + "\n"
                  + "{\"key\": 2, \"body\": \""
                  + story.repeat(3)
                  + "\", \"when\": \"2026-05-01\"}\n"
                  + "{\"key\": 3, \"body\": \"Something else entirely happened at the port.\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    List<String> args =
        List.of(
            "dedup",
            in.toString(),
            "--id-field",
            "key",
            "--text-field",
            "body",
            "--date-field",
            "when",
            "--keep",
            "earliest",
            "--unique");
    Path unique = tmp.resolve("unique.jsonl");
    CliRun run = CliRun.of(with(args, unique.toString(), "--out", tmp.resolve("o1").toString()));
    assertThat(run.exit).as(run.toString()).isZero();
    // by default the kept records as they were: their own field names, the line unchanged
    List<String> originalLines = Files.readAllLines(unique, StandardCharsets.UTF_8);
    assertThat(originalLines)
        .containsExactly(
            "{\"key\": 2, \"body\": \"" + story.repeat(3) + "\", \"when\": \"2026-05-01\"}",
            "{\"key\": 3, \"body\": \"Something else entirely happened at the port.\"}");

    Path asText = tmp.resolve("text.jsonl");
    CliRun text =
        CliRun.of(
            with(
                args,
                asText.toString(),
                "--unique-as",
                "text",
                "--out",
                tmp.resolve("o2").toString()));
    assertThat(text.exit).as(text.toString()).isZero();
    List<JsonNode> kept = lines(asText);
    assertThat(kept).extracting(n -> n.get("id").asText()).containsExactly("2", "3");
    assertThat(kept.get(0).get("date").asText()).isEqualTo("2026-05-01");
    assertThat(kept.get(0).get("text").asText()).isEqualTo(story.repeat(3));
  }

  @Test
  void readsJsonlFromStandardInput() throws IOException {
    InputStream saved = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              "{\"id\":\"a\",\"text\":\"one two three four five six\"}\n{\"id\":\"b\",\"text\":\"one two three four five six\"}\n"
                  .getBytes(StandardCharsets.UTF_8)));
      Path out = tmp.resolve("out");
      Path unique = tmp.resolve("unique.jsonl");
      CliRun run = CliRun.of("dedup", "-", "--out", out.toString(), "--unique", unique.toString());
      assertThat(run.exit).as(run.toString()).isZero();
      assertThat(clusters(out)).containsEntry("a", 0).containsEntry("b", 0);
      // standard input is read twice (saved to a temporary file): its first record, as it was
      assertThat(Files.readAllLines(unique, StandardCharsets.UTF_8))
          .containsExactly("{\"id\":\"a\",\"text\":\"one two three four five six\"}");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void missingInputIsBadInputAndWritesNothing() {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", tmp.resolve("nope.txt").toString(), "--out", out.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("nope.txt").contains("no such file or directory");
    assertThat(out).doesNotExist();
  }

  @Test
  void malformedJsonlNamesFileAndLine() throws IOException {
    Path in = tmp.resolve("bad.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\n");
    CliRun run = CliRun.of("dedup", in.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("bad.jsonl:2: malformed JSON");
    assertThat(run.err.lines().count()).isEqualTo(1);
  }

  @Test
  void invalidUtf8InsideAJsonlLineNamesTheLine() throws IOException {
    Path in = tmp.resolve("latin.jsonl");
    byte[] good = "{\"id\":\"a\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"b\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(in, all);
    CliRun run = CliRun.of("dedup", in.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("latin.jsonl:2: not UTF-8");
  }

  @Test
  void missingFieldAndWrongTypeNameTheField() throws IOException {
    Path in = tmp.resolve("fields.jsonl");
    Files.writeString(in, "{\"id\":\"a\"}\n");
    CliRun run = CliRun.of("dedup", in.toString(), "--out", tmp.resolve("o1").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("fields.jsonl:1: field 'text': missing");
    Files.writeString(in, "{\"id\":\"a\",\"text\":[1]}\n");
    run = CliRun.of("dedup", in.toString(), "--out", tmp.resolve("o2").toString());
    assertThat(run.err).contains("field 'text': expected a string, got array");
  }

  @Test
  void duplicateIdsAreRejectedWithBothPlaces() throws IOException {
    Path in = tmp.resolve("dup.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"x y\"}\n{\"id\":\"a\",\"text\":\"z\"}\n");
    CliRun run = CliRun.of("dedup", in.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err)
        .contains("dup.jsonl:2")
        .contains("duplicate id 'a'")
        .contains("dup.jsonl:1");
  }

  @Test
  void twoDirectoriesHoldingTheSameFileNameClashWithAHintAtTheParent() throws IOException {
    Path one = Files.createDirectories(tmp.resolve("site1"));
    Path two = Files.createDirectories(tmp.resolve("site2"));
    Files.writeString(one.resolve("x.txt"), "A story about the harbor barrier vote.\n");
    Files.writeString(two.resolve("x.txt"), "Another story about the council budget.\n");
    CliRun run =
        CliRun.of("dedup", one.toString(), two.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err)
        .contains("duplicate id 'x.txt'")
        .contains("give their common parent directory instead");
    // the parent names them apart
    run = CliRun.of("dedup", tmp.toString(), "--out", tmp.resolve("out2").toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("documents:            2");
  }

  @Test
  void binaryAndNonUtf8FilesAreRejectedOrSkipped() throws IOException {
    Path dir = tmp.resolve("mixed");
    Files.createDirectories(dir);
    Files.write(dir.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    Files.write(
        dir.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("good.txt"), "A perfectly good text about the harbor.");
    Files.writeString(dir.resolve("empty.txt"), "");
    CliRun run = CliRun.of("dedup", dir.toString(), "--out", tmp.resolve("o1").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("image.bin").contains("binary file");
    assertThat(tmp.resolve("o1")).doesNotExist();

    Files.delete(dir.resolve("image.bin"));
    byte[] utf16 = "\uFEFFA text saved as UTF-16.".getBytes(StandardCharsets.UTF_16LE);
    Files.write(dir.resolve("a-windows.txt"), utf16);
    run = CliRun.of("dedup", dir.toString(), "--out", tmp.resolve("o1").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("a-windows.txt").contains("UTF-16 text (byte-order mark FF FE)");

    Files.delete(dir.resolve("a-windows.txt"));
    run = CliRun.of("dedup", dir.toString(), "--out", tmp.resolve("o2").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err)
        .contains("latin1.txt")
        .contains("not UTF-8: invalid byte 0xE9 at byte offset 3");

    run = CliRun.of("dedup", dir.toString(), "--out", tmp.resolve("o3").toString(), "--skip-bad");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).contains("skipped: ").contains("empty.txt").contains("is empty");
    assertThat(run.out).contains("skipped (bad):      1");
    assertThat(clusters(tmp.resolve("o3"))).containsOnlyKeys("empty.txt", "good.txt");
  }

  @Test
  void byteOrderMarkIsRemovedAndOversizedFilesAreCut() throws IOException {
    Path dir = tmp.resolve("in");
    Files.createDirectories(dir);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "same words in both files here".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(dir.resolve("a.txt"), withBom);
    Files.write(dir.resolve("b.txt"), text);
    Files.writeString(dir.resolve("big.txt"), "line of text\n".repeat(1000));
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of("dedup", dir.toString(), "--out", out.toString(), "--max-doc-bytes", "2000");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).contains("big.txt: larger than 2000 bytes");
    assertThat(lines(out.resolve("pairs.jsonl")))
        .anySatisfy(p -> assertThat(p.get("relation").asText()).isEqualTo("identical"));
  }

  @Test
  void anEmptyDirectoryGivesEmptyOutputsAndAWarning() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("nothing"));
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", dir.toString(), "--out", out.toString());
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).contains("no documents");
    assertThat(Files.readString(out.resolve("clusters.jsonl"))).isEmpty();
  }

  @Test
  void versionSentencesIsAThresholdOfItsOwn() throws IOException {
    Path dir = tmp.resolve("notices");
    Files.createDirectories(dir);
    String template =
        "%s Corp is raising %d mln dlrs via an offering of convertible subordinated debentures"
            + " due 2012 with a %s pct coupon and par pricing, said lead manager %s.\n\n"
            + "The debentures are convertible into the company's common stock at %d dlrs per"
            + " share, representing a premium of %d pct over the stock price when terms were"
            + " set.\n\n"
            + "The issue is rated %s by Moody's and %s by Standard and Poor's, %s said.\n";
    Files.writeString(
        dir.resolve("essex.txt"),
        String.format(
            Locale.ROOT,
            template,
            "Essex Chemical",
            60,
            "six",
            "Thomson McKinnon",
            40,
            24,
            "B-1",
            "BB",
            "Essex"));
    Files.writeString(
        dir.resolve("oakwood.txt"),
        String.format(
            Locale.ROOT,
            template,
            "Oakwood Homes",
            25,
            "6-1/2",
            "Donaldson Lufkin",
            21,
            26,
            "B-2",
            "B",
            "Oakwood"));
    Path strict = tmp.resolve("strict");
    Path loose = tmp.resolve("loose");
    Path figures = tmp.resolve("figures");
    assertThat(CliRun.of("dedup", dir.toString(), "--out", strict.toString()).exit).isZero();
    // the two notices also state different figures (60, 40, 24 against 25, 6-1/2, 21, 26), which
    // alone makes them partial; --figure-overlap 0 turns that test off
    assertThat(
            CliRun.of(
                    "dedup",
                    dir.toString(),
                    "--out",
                    loose.toString(),
                    "--version-sentences",
                    "0",
                    "--figure-overlap",
                    "0")
                .exit)
        .isZero();
    assertThat(
            CliRun.of(
                    "dedup",
                    dir.toString(),
                    "--out",
                    figures.toString(),
                    "--version-sentences",
                    "0")
                .exit)
        .isZero();
    assertThat(lines(strict.resolve("pairs.jsonl")))
        .singleElement()
        .satisfies(p -> assertThat(p.get("relation").asText()).isEqualTo("partial"));
    assertThat(lines(loose.resolve("pairs.jsonl")))
        .singleElement()
        .satisfies(p -> assertThat(p.get("relation").asText()).isEqualTo("version"));
    assertThat(lines(figures.resolve("pairs.jsonl")))
        .singleElement()
        .satisfies(p -> assertThat(p.get("relation").asText()).isEqualTo("partial"))
        .satisfies(p -> assertThat(p.get("figures_differ").asBoolean()).isTrue());
    // partial by the sentence rule, not by its figures: no such field
    assertThat(lines(strict.resolve("pairs.jsonl")))
        .singleElement()
        .satisfies(p -> assertThat(p.has("figures_differ")).isFalse());
    CliRun range =
        CliRun.of("dedup", dir.toString(), "--out", loose.toString(), "--figure-overlap", "1.5");
    assertThat(range.exit).isEqualTo(ExitCodes.USAGE);
    assertThat(range.err).contains("--figure-overlap must be in [0, 1], got 1.5");
    CliRun bad =
        CliRun.of("dedup", dir.toString(), "--out", loose.toString(), "--version-sentences", "-1");
    assertThat(bad.exit).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err).contains("--version-sentences must be >= 0, got -1");
  }

  /** {@code n} seeded random words. */
  static String words(java.util.SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      sb.append(k == 0 ? "" : " ").append("w").append(r.nextInt(20000));
    }
    return sb.append('.').toString();
  }

  @Test
  void sentenceStoriesLeavesOutTemplateSentencesThatManyStoriesHold() throws IOException {
    Path dir = tmp.resolve("bonds");
    Files.createDirectories(dir);
    java.util.SplittableRandom r = new java.util.SplittableRandom(5);
    for (int n = 0; n < 10; n++) {
      Files.writeString(
          dir.resolve("bond" + n + ".txt"),
          "Issuer "
              + n
              + " is issuing a eurobond due "
              + words(r, 14)
              + "\n\nThe bond is available in denominations of "
              + words(r, 6)
              + " The selling concession is 1-1/4 pct while management and underwriting combined"
              + " pays 5/8 pct.\n\nThe payment date is "
              + words(r, 3)
              + " The bonds will be listed in Luxembourg and sold in the euromarket by the"
              + " syndicate.\n");
    }
    Path strict = tmp.resolve("strict");
    Path loose = tmp.resolve("loose");
    assertThat(CliRun.of("dedup", dir.toString(), "--out", strict.toString()).exit).isZero();
    assertThat(
            CliRun.of("dedup", dir.toString(), "--out", loose.toString(), "--sentence-stories", "0")
                .exit)
        .isZero();
    assertThat(lines(strict.resolve("pairs.jsonl")))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.get("relation").asText()).isEqualTo("partial"));
    assertThat(clusters(strict).values()).doesNotHaveDuplicates();
    assertThat(lines(loose.resolve("pairs.jsonl")))
        .anySatisfy(p -> assertThat(p.get("relation").asText()).isEqualTo("version"));
    CliRun bad =
        CliRun.of("dedup", dir.toString(), "--out", loose.toString(), "--sentence-stories", "-1");
    assertThat(bad.exit).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err).contains("--sentence-stories must be >= 0, got -1");
  }

  @Test
  void attachPassagesJoinsAPageThatSharesAPassageWithOneStoryOnly() throws IOException {
    Path dir = tmp.resolve("passages");
    Files.createDirectories(dir);
    java.util.SplittableRandom r = new java.util.SplittableRandom(9);
    String quote = words(r, 14);
    String story = words(r, 40) + "\n\n" + quote + "\n\n" + words(r, 40);
    Files.writeString(dir.resolve("a.txt"), story);
    Files.writeString(dir.resolve("b.txt"), story + "\n\n" + words(r, 4));
    Files.writeString(dir.resolve("c.txt"), words(r, 3) + "\n\n" + story);
    Files.writeString(
        dir.resolve("page.txt"), words(r, 150) + "\n\n" + quote + "\n\n" + words(r, 150));
    Path off = tmp.resolve("off");
    Path on = tmp.resolve("on");
    assertThat(CliRun.of("dedup", dir.toString(), "--out", off.toString()).exit).isZero();
    assertThat(CliRun.of("dedup", dir.toString(), "--out", on.toString(), "--attach-passages").exit)
        .isZero();
    assertThat(clusters(off).get("page.txt")).isNotEqualTo(clusters(off).get("a.txt"));
    assertThat(clusters(on).get("page.txt")).isEqualTo(clusters(on).get("a.txt"));
    // on by default in the revisions preset, and negatable
    Path revisions = tmp.resolve("revisions");
    assertThat(
            CliRun.of(
                    "dedup",
                    dir.toString(),
                    "--out",
                    revisions.toString(),
                    "--preset",
                    "revisions",
                    "--no-attach-passages")
                .exit)
        .isZero();
    assertThat(clusters(revisions).get("page.txt")).isNotEqualTo(clusters(revisions).get("a.txt"));
    Path preset = tmp.resolve("preset");
    assertThat(
            CliRun.of("dedup", dir.toString(), "--out", preset.toString(), "--preset", "revisions")
                .exit)
        .isZero();
    assertThat(clusters(preset).get("page.txt")).isEqualTo(clusters(preset).get("a.txt"));
  }

  @Test
  void anOutputPathThatIsOrLiesUnderAFileIsAUsageErrorFoundBeforeReading() throws IOException {
    Path file = Files.writeString(tmp.resolve("taken"), "x");
    CliRun run = CliRun.of("dedup", SAMPLE.toString(), "--out", file.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("--out " + file + " is a file; --out needs a directory");
    assertThat(run.out).doesNotContain("documents:"); // nothing was read
    assertThat(Files.readString(file)).isEqualTo("x");

    run = CliRun.of("dedup", SAMPLE.toString(), "--out", file.resolve("sub").toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("lies under " + file + ", which is a file");
  }

  @Test
  void timingsNameEveryStageWithItsWallAndCpuTimeOnStderrOnly() {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", SAMPLE.toString(), "--out", out.toString(), "--timings");
    assertThat(run.exit).as(run.toString()).isZero();
    List<String> stages = new ArrayList<>();
    for (String line : run.err.lines().toList()) {
      Matcher m =
          Pattern.compile(
                  "doppel: stage (\\S+) +(\\d+\\.\\d{3}) s  cpu +(\\d+\\.\\d{3}) s"
                      + " \\((\\d+\\.\\d{2}) cores\\)")
              .matcher(line);
      if (m.matches()) {
        stages.add(m.group(1));
        double wall = Double.parseDouble(m.group(2));
        double cpu = Double.parseDouble(m.group(3));
        assertThat(wall).as(line).isGreaterThanOrEqualTo(0);
        assertThat(cpu).as(line).isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(stages)
        .containsExactly(
            "read+analyse", "boilerplate", "sketches", "candidates", "verification", "clustering");
    assertThat(run.out).doesNotContain("doppel: stage").contains("documents:            12");
  }

  @Test
  void helpListsTheOptionsTheReadmeDocuments() {
    CliRun run = CliRun.of("dedup", "--help");
    assertThat(run.exit).isZero();
    assertThat(run.out)
        .contains(
            "--out=DIR",
            "--unique=FILE",
            "--keep=POLICY",
            "--pairs=WHICH",
            "--id-field",
            "--text-field",
            "--date-field",
            "--skip-bad",
            "--quiet");
  }

  /** {@code args} followed by {@code more}, as one argument array. */
  static String[] with(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  static Map<String, Integer> clusters(Path out) throws IOException {
    Map<String, Integer> m = new HashMap<>();
    for (JsonNode n : lines(out.resolve("clusters.jsonl"))) {
      m.put(n.get("id").asText(), n.get("cluster").asInt());
    }
    return m;
  }

  static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Json.MAPPER.readTree(line));
    }
    return out;
  }
}
