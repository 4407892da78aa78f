package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CompareCommandTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/compare");
  private static final boolean REWRITE = Boolean.getBoolean("doppel.golden.rewrite");

  @TempDir Path tmp;

  /** Exit code, stdout and stderr of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = DoppelCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Stream<String> goldenCases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldenCases")
  void goldenTextAndJsonReports(String name) throws IOException {
    Path dir = GOLDEN.resolve(name);
    List<String> base =
        new ArrayList<>(
            List.of("compare", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString()));
    if (Files.exists(dir.resolve("boilerplate.jsonl"))) {
      base.add("--boilerplate");
      base.add(dir.resolve("boilerplate.jsonl").toString());
    }
    for (String format : List.of("text", "json")) {
      List<String> args = new ArrayList<>(base);
      args.addAll(List.of("--format", format, "--color", "never"));
      Run r = run(args.toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isZero();
      Path expected = dir.resolve("expected." + (format.equals("json") ? "json" : "txt"));
      if (REWRITE || !Files.exists(expected)) {
        Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
      }
      assertThat(r.out())
          .as("%s; rewrite with -Ddoppel.golden.rewrite=true", expected)
          .isEqualTo(Files.readString(expected));
    }
  }

  @Test
  void jsonHasTheDocumentedFields() throws IOException {
    Path dir = GOLDEN.resolve("news-update");
    Run r =
        run(
            "compare",
            dir.resolve("a.txt").toString(),
            dir.resolve("b.txt").toString(),
            "--format",
            "json");
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertThat(n.get("format").asText()).isEqualTo("doppel-compare/1");
    assertThat(n.get("a").get("id").asText()).endsWith("a.txt");
    for (String f :
        List.of(
            "jaccard",
            "containment_a_in_b",
            "containment_b_in_a",
            "relation",
            "passages",
            "changes")) {
      assertThat(n.has(f)).as(f).isTrue();
    }
    JsonNode added = null;
    for (JsonNode c : n.get("changes")) {
      if (c.get("type").asText().equals("added")) {
        added = c;
      }
    }
    assertThat(added).isNotNull();
    assertThat(added.get("a_start").isNull()).isTrue();
    assertThat(added.get("b_start").isInt()).isTrue();
  }

  /** Words w{from}..w{to-1}, one paragraph. */
  private static String words(String prefix, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(prefix).append(i).append(i % 12 == 11 ? ". " : " ");
    }
    return sb.toString().trim();
  }

  @Test
  void templateNoticesWithOtherFiguresAreReportedAsSuch() throws IOException {
    String notice =
        "The Federal Reserve entered the U.S. Government securities market to arrange %s billion"
            + " dlrs of customer repurchase agreements, a Fed spokesman said.\n\nDealers said"
            + " Federal funds were trading at %s pct when the Fed began its temporary and indirect"
            + " supply of reserves to the banking system.\n";
    Path a = Files.writeString(tmp.resolve("fed-a.txt"), String.format(notice, "2.5", "6-3/16"));
    Path b = Files.writeString(tmp.resolve("fed-b.txt"), String.format(notice, "1.5", "6-1/16"));
    Run text = run("compare", a.toString(), b.toString());
    assertThat(text.out())
        .contains("relation: partial")
        .contains("figures differ: 0 of A's 2 and B's 2 in both, so partial, not a version");
    JsonNode json =
        new ObjectMapper()
            .readTree(run("compare", "--format", "json", a.toString(), b.toString()).out());
    assertThat(json.get("relation").asText()).isEqualTo("partial");
    assertThat(json.get("figures").get("shared").asInt()).isZero();
    assertThat(json.get("figures").get("differ").asBoolean()).isTrue();
    Run html = run("compare", "--format", "html", a.toString(), b.toString());
    assertThat(html.out()).contains("figures differ: 0 of A's 2 and B's 2 in both");
  }

  @Test
  void presetChangesTheRelationAsInDedup() throws IOException {
    // one shared passage (edited, so no whole paragraph is shared) plus text of their own:
    // about 19% of A and 25% of B shared: partial under news, a version under revisions
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");
    Files.writeString(a, words("s", 0, 60) + "\n\n" + words("a", 0, 180) + "\n");
    Files.writeString(
        b,
        words("s", 0, 30) + " edited " + words("s", 30, 60) + "\n\n" + words("b", 0, 140) + "\n");
    ObjectMapper m = new ObjectMapper();
    Run news = run("compare", "--format", "json", a.toString(), b.toString());
    Run revisions =
        run("compare", "--format", "json", "--preset", "revisions", a.toString(), b.toString());
    assertThat(news.code()).as(news.err()).isZero();
    assertThat(revisions.code()).as(revisions.err()).isZero();
    JsonNode n = m.readTree(news.out());
    JsonNode r = m.readTree(revisions.out());
    assertThat(n.get("relation").asText()).isEqualTo("partial");
    assertThat(r.get("relation").asText()).isEqualTo("version");
    assertThat(r.get("jaccard").asDouble()).isEqualTo(n.get("jaccard").asDouble());
    assertThat(run("compare", "--preset", "wiki", a.toString(), b.toString()).code()).isEqualTo(2);
  }

  @Test
  void batchModeWritesOneJsonLinePerPair() throws IOException {
    Path dir = GOLDEN.resolve("news-update").toAbsolutePath();
    Path pairs = tmp.resolve("pairs.tsv");
    String a = dir.resolve("a.txt").toString();
    String b = dir.resolve("b.txt").toString();
    Files.writeString(pairs, a + "\t" + b + "\n\n" + b + "\t" + a + "\n" + a + "\t" + a + "\n");
    Run r = run("compare", "--pairs", pairs.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(lines[0]).get("relation").asText()).isEqualTo("version");
    assertThat(m.readTree(lines[2]).get("relation").asText()).isEqualTo("identical");
    // swapping A and B mirrors the scores
    assertThat(m.readTree(lines[1]).get("containment_a_in_b").asDouble())
        .isEqualTo(m.readTree(lines[0]).get("containment_b_in_a").asDouble());
  }

  @Test
  void badInputGetsOneClearLineAndExitCode3() throws IOException {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "Some words here.");
    Run missing = run("compare", tmp.resolve("nope.txt").toString(), good.toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err().strip()).endsWith("nope.txt: no such file").doesNotContain("\tat ");

    Path binary = tmp.resolve("bin.txt");
    Files.write(binary, new byte[] {'a', 0, 'b'});
    Run bin = run("compare", binary.toString(), good.toString());
    assertThat(bin.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bin.err()).contains("binary file");

    Path latin1 = tmp.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
    Run bad = run("compare", latin1.toString(), good.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("latin1.txt").contains("not UTF-8").contains("offset 3");

    // a file larger than any array (sparse: it takes no disk) is bad input, not a lack of heap
    Path huge = tmp.resolve("huge.txt");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(Integer.MAX_VALUE + 100L);
    }
    Run big = run("compare", huge.toString(), good.toString());
    assertThat(big.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(big.err().strip())
        .contains("huge.txt")
        .contains("too large: 2147483747 bytes")
        .doesNotContain("out of memory");
    Files.delete(huge);

    Path pairs = tmp.resolve("pairs.tsv");
    Files.writeString(pairs, good + "\t" + good + "\nonly-one-path\n");
    Run badPairs = run("compare", "--pairs", pairs.toString());
    assertThat(badPairs.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(badPairs.err()).contains("pairs.tsv:2").contains("two paths");
    assertThat(badPairs.out()).isEmpty();
  }

  @Test
  void standardInputIsAUsageErrorAndAJsonlFileIsComparedAsOneTextWithAWarning() throws IOException {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "Some words here, enough of them to compare.");
    Run stdin = run("compare", "-", good.toString());
    assertThat(stdin.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(stdin.err()).contains("not standard input (-)");
    Path jsonl = tmp.resolve("corpus.jsonl");
    Files.writeString(jsonl, "{\"id\":\"a\",\"text\":\"Some words here.\"}\n");
    Run j = run("compare", jsonl.toString(), good.toString());
    assertThat(j.code()).isZero();
    assertThat(j.err()).contains("corpus.jsonl is compared as one text");
  }

  @Test
  void bomIsStripped() throws IOException {
    Path withBom = tmp.resolve("bom.txt");
    Files.write(withBom, "\uFEFFSame words in both texts here.".getBytes(StandardCharsets.UTF_8));
    Path plain = tmp.resolve("plain.txt");
    Files.writeString(plain, "Same words in both texts here.");
    Run r = run("compare", withBom.toString(), plain.toString(), "--format", "json");
    assertThat(r.out()).contains("\"relation\" : \"identical\"").contains("\"length\" : 30");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(run("compare", "only-one.txt").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("compare").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("compare", "a", "b", "--format", "pdf").code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void unwritableOutputExitsWith4AndLeavesNothing() throws IOException {
    Path dir = GOLDEN.resolve("news-update");
    Path blocker = tmp.resolve("file");
    Files.writeString(blocker, "x");
    Path target = blocker.resolve("report.html");
    Run r =
        run(
            "compare",
            dir.resolve("a.txt").toString(),
            dir.resolve("b.txt").toString(),
            "--format",
            "html",
            "--out",
            target.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT);
    assertThat(Files.exists(target)).isFalse();
  }

  @Test
  void htmlIsOneSelfContainedFile() throws IOException {
    Path dir = GOLDEN.resolve("news-update");
    Path target = tmp.resolve("r.html");
    Run r =
        run(
            "compare",
            dir.resolve("a.txt").toString(),
            dir.resolve("b.txt").toString(),
            "--format",
            "html",
            "--out",
            target.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(target);
    assertThat(html).contains("id=\"a-p0\"").contains("id=\"b-p0\"").contains("chg-moved");
    assertThat(html)
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http")
        .doesNotContain("<link");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.html");
    }
  }
}
