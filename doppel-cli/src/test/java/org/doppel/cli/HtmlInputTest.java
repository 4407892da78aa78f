package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doppel.cli.io.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTML pages as input: read for their visible text, by file name or by how a text begins. */
class HtmlInputTest {

  @TempDir Path tmp;
  private Path pages;

  /** The sample corpus's stories as web pages, each site with its own markup, scripts and menu. */
  @BeforeEach
  void writePages() throws IOException {
    pages = tmp.resolve("pages");
    page("harbor-daily/flood-barrier-v1.txt", "harbor/barrier.html", "Harbor Daily");
    page("harbor-daily/flood-barrier-v2.txt", "harbor/barrier-update.html", "Harbor Daily");
    page("harbor-daily/mayor-budget.txt", "harbor/budget.html", "Harbor Daily");
    page("coastwire/flood-barrier.txt", "coast/barrier.htm", "CoastWire");
    page("coastwire/mayor-budget.txt", "coast/budget.htm", "CoastWire");
    page("coastwire/ferry-strike.txt", "coast/ferry.htm", "CoastWire");
  }

  private void page(String sample, String name, String site) throws IOException {
    String text = Files.readString(DedupCommandTest.SAMPLE.resolve(sample), StandardCharsets.UTF_8);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html><head><title>")
        .append(site)
        .append("</title><script>var tracker = 'page view of ")
        .append(name)
        .append("';</script><style>body { font: 12px serif }</style></head><body>\n")
        .append("<nav class=\"")
        .append(site.hashCode())
        .append("\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul>")
        .append("</nav>\n<article>\n");
    for (String paragraph : text.split("\\n\\s*\\n", -1)) {
      if (!paragraph.isBlank()) {
        html.append("  <p>")
            .append(paragraph.strip().replace("&", "&amp;").replace("\n", "\n   "))
            .append("</p>\n");
      }
    }
    html.append("</article><script>loadComments('").append(name).append("')</script>");
    html.append("</body></html>\n");
    Path out = pages.resolve(name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, html, StandardCharsets.UTF_8);
  }

  @Test
  void pagesOfOneStoryClusterAcrossSitesAndOtherStoriesStayApart() throws IOException {
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("dedup", pages.toString(), "--out", out.toString(), "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    Map<String, Integer> cluster = DedupCommandTest.clusters(out);
    assertThat(cluster).hasSize(6);
    JsonNode info = Json.MAPPER.readTree(out.resolve("run.json").toFile());
    assertThat(info.get("read").asText()).contains("markup=AUTO", "htmlContent=ARTICLE");
    assertThat(info.get("html_documents").asInt()).isEqualTo(6);
    assertThat(run.out).contains("  read as HTML:       6");
    int barrier = cluster.get("harbor/barrier.html");
    assertThat(cluster.get("harbor/barrier-update.html")).isEqualTo(barrier);
    assertThat(cluster.get("coast/barrier.htm")).isEqualTo(barrier);
    int budget = cluster.get("harbor/budget.html");
    assertThat(cluster.get("coast/budget.htm")).isEqualTo(budget).isNotEqualTo(barrier);
    assertThat(cluster.get("coast/ferry.htm")).isNotIn(barrier, budget);
  }

  @Test
  void theUniqueCorpusHoldsThePagesTextAndNoMarkupUnlessMarkupIsText() throws IOException {
    assertThat(String.join("\n", uniqueTexts(pages)))
        .contains("flood barrier")
        .doesNotContain("<p>", "tracker", "font:", "Home\n\nNews");
    assertThat(String.join("\n", uniqueTexts(pages, "--markup", "text")))
        .contains("<p>", "tracker");
  }

  @Test
  void pageTextKeepsEachPagesChromeAndStillClustersTheStory() throws IOException {
    Path unique = tmp.resolve("unique.jsonl");
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of(
            "dedup",
            pages.toString(),
            "--out",
            out.toString(),
            "--unique",
            unique.toString(),
            "--unique-as",
            "text",
            "--html-text",
            "page",
            "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(texts(unique)).contains("Home\n\nNews\n\n", "flood barrier");
    Map<String, Integer> cluster = DedupCommandTest.clusters(out);
    assertThat(cluster.get("coast/barrier.htm")).isEqualTo(cluster.get("harbor/barrier.html"));
    assertThat(cluster.get("coast/budget.htm")).isNotEqualTo(cluster.get("harbor/barrier.html"));
  }

  /**
   * Why article text is the default: a site's menu, larger than its short stories, and no other
   * page of the site in the corpus for the boilerplate detector to learn it from.
   */
  @Test
  void aSitesMenuJoinsTwoOfItsStoriesAsPageTextButNotAsArticleText() throws IOException {
    Path site = tmp.resolve("site");
    Files.createDirectories(site);
    StringBuilder menu = new StringBuilder("<nav class=\"menu\"><ul>");
    String[] sections = {
      "Local news and council affairs", "Harbour and shipping reports", "Schools and education",
      "Business and the local economy", "Weather warnings for the coast", "Sport across the county",
      "Arts, culture and the theatre", "Letters to the editor this week", "Obituaries and notices",
      "Property and planning decisions", "Travel and ferry timetables", "Health and the hospital"
    };
    for (String section : sections) {
      menu.append("<li><a href=\"/s\">").append(section).append(" from our newsroom</a></li>");
    }
    menu.append("</ul></nav>");
    String story1 = Files.readString(DedupCommandTest.SAMPLE.resolve("coastwire/ferry-strike.txt"));
    String story2 =
        Files.readString(DedupCommandTest.SAMPLE.resolve("valley-post/school-lunches.txt"));
    for (String[] page : new String[][] {{"ferry.html", story1}, {"lunches.html", story2}}) {
      StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>").append(menu);
      html.append("<article>");
      for (String p : page[1].split("\\n\\s*\\n", -1)) {
        if (!p.isBlank()) {
          html.append("<p>").append(p.strip()).append("</p>");
        }
      }
      html.append("</article>").append(menu).append("</body></html>");
      Files.writeString(site.resolve(page[0]), html, StandardCharsets.UTF_8);
    }
    // (the two stories state different figures, which alone keeps them apart: that test is off)
    Map<String, Integer> asPages = clusters(site, "page", "--figure-overlap", "0");
    assertThat(asPages.get("ferry.html")).isEqualTo(asPages.get("lunches.html"));
    Map<String, Integer> asArticles = clusters(site, "article");
    assertThat(asArticles.get("ferry.html")).isNotEqualTo(asArticles.get("lunches.html"));
  }

  private Map<String, Integer> clusters(Path dir, String htmlText, String... more)
      throws IOException {
    Path out = tmp.resolve("out-" + htmlText);
    List<String> args =
        new ArrayList<>(
            List.of("dedup", dir.toString(), "--out", out.toString(), "--html-text", htmlText));
    args.addAll(List.of(more));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exit).as(run.toString()).isZero();
    return DedupCommandTest.clusters(out);
  }

  @Test
  void jsonlTextsThatAreWholePagesAreReadAsHtml() throws IOException {
    Path in = tmp.resolve("crawl.jsonl");
    String page =
        Files.readString(pages.resolve("harbor/barrier.html"), StandardCharsets.UTF_8)
            .replace("\n", " ");
    String plain = "A <b>plain</b> text that mentions a tag is left as it is, markup and all.";
    jsonl(in, "page", page, "plain", plain);
    List<String> texts = uniqueTexts(in);
    assertThat(texts).hasSize(2);
    assertThat(texts.get(0)).contains("flood barrier").doesNotContain("<", "tracker", "Home");
    assertThat(texts.get(1)).isEqualTo(plain);
    assertThat(uniqueTexts(in, "--markup", "HTML").get(1))
        .isEqualTo("A plain text that mentions a tag is left as it is, markup and all.");
  }

  @Test
  void anArticleBodyInAJsonlFieldIsReadWholeAndWireCompanyNamesStayText() throws IOException {
    Path in = tmp.resolve("api.jsonl");
    String paragraph =
        "<p>The council approved the flood barrier on Tuesday after a long debate, ending two"
            + " years of argument over its cost, its route and who would pay for it.</p>";
    String body = "<h1>Council approves barrier</h1>" + paragraph.repeat(5);
    String wire = "<Strong Point Inc> said its unit will market the product in Europe.";
    jsonl(in, "api", body, "wire", wire);
    List<String> texts = uniqueTexts(in);
    // a fragment has no chrome: it is read whole (the article reading drops a page's headline)
    assertThat(texts.get(0))
        .startsWith("Council approves barrier\n\nThe council approved the flood barrier")
        .doesNotContain("<");
    assertThat(uniqueTexts(in, "--markup", "html").get(0))
        .startsWith("The council approved the flood barrier");
    assertThat(texts.get(1)).isEqualTo(wire);
  }

  @Test
  void aPageInTheCharsetItDeclaresIsReadAndUndeclaredBytesStayAnError() throws IOException {
    Path dir = tmp.resolve("latin");
    Files.createDirectories(dir);
    String html =
        "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 owners"
            + " \u201cwelcome\u201d the decision.</p></body></html>";
    Files.write(dir.resolve("cafe.html"), html.getBytes(Charset.forName("windows-1252")));
    assertThat(uniqueTexts(dir).get(0))
        .isEqualTo("Caf\u00e9 owners \u201cwelcome\u201d the decision.");

    Files.write(
        dir.resolve("cafe.html"),
        html.replace("<meta charset=\"windows-1252\">", "")
            .getBytes(Charset.forName("windows-1252")));
    CliRun undeclared =
        CliRun.of("dedup", dir.toString(), "--out", tmp.resolve("out2").toString(), "--quiet");
    assertThat(undeclared.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(undeclared.err).contains("cafe.html").contains("not UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iso-8859-1", "ISO-8859-1", "latin1", "us-ascii"})
  void aPageLabelledLatin1OrAsciiIsReadAsWindows1252AsBrowsersDo(String label) throws IOException {
    // such pages hold windows-1252's quotes in bytes 0x80-0x9F, which Latin-1 reads as C1
    // control characters (and US-ASCII as replacement characters)
    Path dir = tmp.resolve("labelled-" + label);
    Files.createDirectories(dir);
    String html =
        "<html><head><meta charset=\""
            + label
            + "\"></head><body><p>GMTV\u2019s owners \u201cwelcome\u201d the caf\u00e9.</p></body></html>";
    Path page = dir.resolve("page.html");
    Files.write(page, html.getBytes(Charset.forName("windows-1252")));
    CliRun run = CliRun.of("text", page.toString());
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("GMTV\u2019s owners \u201cwelcome\u201d the caf\u00e9.\n");
  }

  @Test
  void aUtf16PageIsDecodedByItsByteOrderMark() throws IOException {
    Path dir = tmp.resolve("utf16");
    Files.createDirectories(dir);
    String html = "\uFEFF<html><body><p>Caf\u00e9 owners welcome the decision.</p></body></html>";
    Files.write(dir.resolve("page.html"), html.getBytes(StandardCharsets.UTF_16BE));
    CliRun run = CliRun.of("text", dir.resolve("page.html").toString());
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("Caf\u00e9 owners welcome the decision.\n");
  }

  @Test
  void aBinaryFileNamedHtmlIsStillABinaryFile() throws IOException {
    Path dir = tmp.resolve("bin");
    Files.createDirectories(dir);
    Files.write(dir.resolve("image.html"), new byte[] {'<', 'h', 't', 'm', 'l', '>', 0, 1, 2});
    CliRun run = CliRun.of("dedup", dir.toString(), "--out", tmp.resolve("out").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("image.html").contains("binary file");
  }

  @Test
  void compareReadsTwoPagesForTheirText() throws IOException {
    JsonNode report =
        compareJson(pages.resolve("harbor/barrier.html"), pages.resolve("coast/barrier.htm"));
    assertThat(report.get("relation").asText()).isIn("version", "near-duplicate");
    assertThat(report.get("passages")).isNotEmpty();

    CliRun asText =
        CliRun.of(
            "compare",
            pages.resolve("harbor/barrier.html").toString(),
            pages.resolve("coast/barrier.htm").toString(),
            "--format",
            "json",
            "--markup",
            "text");
    assertThat(asText.exit).as(asText.toString()).isZero();
    assertThat(Json.MAPPER.readTree(asText.out).get("a").get("length").asInt())
        .isGreaterThan(report.get("a").get("length").asInt());

    CliRun article =
        CliRun.of(
            "compare",
            pages.resolve("harbor/barrier.html").toString(),
            pages.resolve("coast/barrier.htm").toString(),
            "--format",
            "text",
            "--html-text",
            "article");
    assertThat(article.exit).as(article.toString()).isZero();
    assertThat(article.out).contains("flood barrier").doesNotContain("\"Home\"");
  }

  @Test
  void theTextCommandPrintsWhatCompareOffsetsPointInto() throws IOException {
    Path a = pages.resolve("harbor/barrier.html");
    Path b = pages.resolve("coast/barrier.htm");
    CliRun textA = CliRun.of("text", a.toString());
    assertThat(textA.exit).as(textA.toString()).isZero();
    assertThat(textA.out).contains("flood barrier").doesNotContain("<p>", "Home");
    String readA = textA.out.substring(0, textA.out.length() - 1); // the line end it adds
    String readB = CliRun.of("text", b.toString()).out;
    JsonNode report = compareJson(a, b);
    assertThat(report.get("a").get("length").asInt()).isEqualTo(readA.length());
    JsonNode first = report.get("passages").get(0);
    String inA = readA.substring(first.get("a_start").asInt(), first.get("a_end").asInt());
    String inB = readB.substring(first.get("b_start").asInt(), first.get("b_end").asInt());
    assertThat(inA).isNotBlank();
    assertThat(inB).contains(inA.substring(0, Math.min(20, inA.length())));

    Path out = tmp.resolve("page.txt");
    CliRun page = CliRun.of("text", a.toString(), "--html-text", "page", "--out", out.toString());
    assertThat(page.exit).as(page.toString()).isZero();
    assertThat(Files.readString(out)).startsWith("Home\n\nNews\n\n").contains("flood barrier");
    CliRun missing = CliRun.of("text", tmp.resolve("nope.html").toString());
    assertThat(missing.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err).contains("nope.html");
  }

  /**
   * Regression (Wikipedia's Humvee, revisions 5 and 6): a revision that begins with an infobox's
   * {@code <div>} is an HTML fragment, and its blank lines were white space, so compare against the
   * revision before it, plain text, reported a few huge removed and added paragraphs instead of
   * what changed paragraph by paragraph.
   */
  @Test
  void compareOfTextWithMarkupGoesParagraphByParagraph() throws IOException {
    String[] paragraphs = new String[6];
    for (int p = 0; p < paragraphs.length; p++) {
      StringBuilder b = new StringBuilder("paragraph " + p + " of the article");
      for (int w = 0; w < 40; w++) {
        b.append(' ').append("word").append(p * 100 + w);
      }
      paragraphs[p] = b.append('.').toString(); // one line longer than a wrapped line
    }
    String a = String.join("\n\n", paragraphs) + "\n";
    String[] edited = paragraphs.clone();
    edited[2] = edited[2].replace("word205", "altered");
    edited[4] = " history \n" + edited[4]; // a wiki heading on the line above its section
    String b =
        "<div style=\"float: right; width: 210px\"><table>\n<tr><td>crew: 2-4 men</td></tr>\n"
            + "</table></div>\n"
            + String.join("\n\n", edited)
            + "\n";
    Path fa = tmp.resolve("5.txt");
    Path fb = tmp.resolve("6.txt");
    Files.writeString(fa, a, StandardCharsets.UTF_8);
    Files.writeString(fb, b, StandardCharsets.UTF_8);

    List<String> types = new ArrayList<>();
    for (JsonNode c : compareJson(fa, fb).get("changes")) {
      types.add(c.get("type").asText());
    }
    assertThat(types)
        .containsExactly(
            "added",
            "unchanged",
            "unchanged",
            "edited",
            "unchanged",
            "added",
            "unchanged",
            "unchanged");
    CliRun text = CliRun.of("compare", fa.toString(), fb.toString(), "--color", "never");
    assertThat(text.out)
        .contains("Changes: 5 unchanged, 1 edited, 0 moved, 0 split, 0 merged, 2 added, 0 removed")
        .contains("-\"word205\" +\"altered\"")
        .contains("+ added       crew: 2-4 men", "+ added       history");
  }

  /** The same on the real revisions (skipped where ../shared/data is absent). */
  @Test
  void theHumveeRevisionsCompareParagraphByParagraph() throws IOException {
    Path humvee = QualityTest.sharedData().resolve("wikipedia-versions/version_documents/Humvee");
    assumeTrue(
        Files.isRegularFile(humvee.resolve("6.txt")),
        "skipped: " + humvee + " is missing (clone the project beside ../shared to run it)");
    Map<String, Integer> types = new LinkedHashMap<>();
    for (JsonNode c :
        compareJson(humvee.resolve("5.txt"), humvee.resolve("6.txt")).get("changes")) {
      types.merge(c.get("type").asText(), 1, Integer::sum);
    }
    // measured 3 unchanged and 9 edited (there were none: 32 removed against 3 added)
    assertThat(types.getOrDefault("unchanged", 0) + types.getOrDefault("edited", 0))
        .as("%s", types)
        .isGreaterThanOrEqualTo(10);
  }

  /** The JSON report of {@code doppel compare a b}, which must succeed. */
  private static JsonNode compareJson(Path a, Path b) throws IOException {
    CliRun run = CliRun.of("compare", a.toString(), b.toString(), "--format", "json");
    assertThat(run.exit).as(run.toString()).isZero();
    return Json.MAPPER.readTree(run.out);
  }

  @Test
  void pagesReadInParallelBatchesKeepTheInputOrderAndTheBadInputRules() throws IOException {
    Path dir = tmp.resolve("many");
    Files.createDirectories(dir);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      String name = String.format(java.util.Locale.ROOT, "%03d", i);
      if (i % 3 == 0) {
        Files.writeString(dir.resolve(name + ".txt"), "A plain note number " + i + ".");
        names.add(name + ".txt");
      } else if (i == 100) {
        Files.write(dir.resolve(name + ".txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
      } else {
        Files.writeString(
            dir.resolve(name + ".html"),
            "<html><body><nav>Menu</nav><p>Page number "
                + i
                + " tells its own story, with words of its own.</p></body></html>");
        names.add(name + ".html");
      }
    }
    Path out = tmp.resolve("out");
    Path unique = tmp.resolve("unique.jsonl");
    CliRun run =
        CliRun.of(
            "dedup",
            dir.toString(),
            "--out",
            out.toString(),
            "--unique",
            unique.toString(),
            "--unique-as",
            "text",
            "--skip-bad",
            "--quiet");
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.err).contains("100.txt").contains("not UTF-8");
    List<String> ids = new ArrayList<>();
    for (JsonNode n : DedupCommandTest.lines(out.resolve("clusters.jsonl"))) {
      ids.add(n.get("id").asText());
    }
    assertThat(ids).isEqualTo(names);
    for (JsonNode n : DedupCommandTest.lines(unique)) {
      String id = n.get("id").asText();
      String number = String.valueOf(Integer.parseInt(id.substring(0, 3)));
      assertThat(n.get("text").asText()).as(id).contains("number " + number).doesNotContain("<");
    }

    CliRun strict = CliRun.of("dedup", dir.toString(), "--out", tmp.resolve("o2").toString());
    assertThat(strict.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(strict.err).contains("100.txt");
    assertThat(tmp.resolve("o2")).doesNotExist();
  }

  @Test
  void aGzippedPageReadsAsThePageAndABrokenOneIsBadInput() throws IOException {
    Path page = pages.resolve("harbor/barrier.html");
    Path gz = tmp.resolve("barrier.html.gz");
    try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(Files.readAllBytes(page));
    }
    CliRun plain = CliRun.of("text", page.toString());
    CliRun zipped = CliRun.of("text", gz.toString());
    assertThat(zipped.exit).as(zipped.toString()).isZero();
    assertThat(zipped.out).isEqualTo(plain.out).contains("flood barrier");
    Path broken = tmp.resolve("broken.html.gz");
    Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    CliRun bad = CliRun.of("text", broken.toString());
    assertThat(bad.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err).contains("broken.html.gz").contains("broken gzip stream");
  }

  @Test
  void anUnknownMarkupIsAUsageError() {
    CliRun run = CliRun.of("dedup", pages.toString(), "--out", "x", "--markup", "xml");
    assertThat(run.exit).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("--markup");
  }

  @Test
  void theUniqueCorpusKeepsEveryPageAndRecordAsItWasByDefault() throws IOException {
    // pages in files: {id, text} with the whole page, markup and chrome included
    Path unique = dedupUnique(pages);
    Map<String, String> kept = new LinkedHashMap<>();
    for (JsonNode n : DedupCommandTest.lines(unique)) {
      kept.put(n.get("id").asText(), n.get("text").asText());
    }
    Map<String, Integer> representatives = new LinkedHashMap<>();
    for (JsonNode n : DedupCommandTest.lines(unique.resolveSibling("out/clusters.jsonl"))) {
      if (n.get("representative").asBoolean()) {
        representatives.put(n.get("id").asText(), n.get("cluster").asInt());
      }
    }
    assertThat(kept.keySet()).containsExactlyElementsOf(representatives.keySet());
    for (Map.Entry<String, String> e : kept.entrySet()) {
      assertThat(e.getValue())
          .as(e.getKey())
          .isEqualTo(Files.readString(pages.resolve(e.getKey()), StandardCharsets.UTF_8));
    }

    // a page in the charset it declares: decoded, markup kept
    Path latin = tmp.resolve("latin");
    Files.createDirectories(latin);
    String html =
        "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 owners"
            + " \u201cwelcome\u201d the decision.</p></body></html>";
    Files.write(latin.resolve("cafe.html"), html.getBytes(Charset.forName("windows-1252")));
    Path utf16 = latin.resolve("page16.html");
    Files.write(
        utf16,
        "\uFEFF<html><body><p>A second page, in UTF-16, on another matter.</p></body></html>"
            .getBytes(StandardCharsets.UTF_16LE));
    List<JsonNode> latinKept = DedupCommandTest.lines(dedupUnique(latin));
    assertThat(latinKept.get(0).get("text").asText()).isEqualTo(html);
    assertThat(latinKept.get(1).get("text").asText())
        .isEqualTo("<html><body><p>A second page, in UTF-16, on another matter.</p></body></html>");

    // JSONL records: the lines as they were, every field kept (a byte-order mark and CRLF aside)
    Path crawl = tmp.resolve("crawl.jsonl");
    String page =
        Files.readString(pages.resolve("harbor/barrier.html"), StandardCharsets.UTF_8)
            .replace("\n", " ");
    String first =
        Json.line(
            Json.object()
                .put("url", "https://harbor.example/barrier")
                .put("id", "p1")
                .put("text", page)
                .put("status", 200));
    String copy = first.replace("\"p1\"", "\"p2\"").replace("harbor.example", "mirror.example");
    Files.write(crawl, ("\uFEFF" + first + "\r\n" + copy + "\n").getBytes(StandardCharsets.UTF_8));
    Path crawlUnique = dedupUnique(crawl);
    assertThat(Files.readAllLines(crawlUnique, StandardCharsets.UTF_8)).containsExactly(first);
  }

  /**
   * Runs dedup on {@code input} with {@code options} into a directory of its own, {@code out}
   * beside the --unique file it returns.
   */
  private Path dedupUnique(Path input, String... options) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "run");
    Path unique = dir.resolve("unique.jsonl");
    List<String> args =
        new ArrayList<>(
            List.of(
                "dedup",
                input.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--unique",
                unique.toString(),
                "--quiet"));
    args.addAll(List.of(options));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exit).as(run.toString()).isZero();
    return unique;
  }

  /** Runs dedup on {@code input} with {@code options} and returns the texts of its --unique. */
  private List<String> uniqueTexts(Path input, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("--unique-as", "text"));
    args.addAll(List.of(options));
    Path unique = dedupUnique(input, args.toArray(String[]::new));
    List<String> texts = new ArrayList<>();
    for (JsonNode n : DedupCommandTest.lines(unique)) {
      texts.add(n.get("text").asText());
    }
    return texts;
  }

  /** Writes a JSONL file of {@code id, text} records, given as id, text, id, text, ... */
  private static void jsonl(Path file, String... idsAndTexts) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < idsAndTexts.length; i += 2) {
      lines
          .append(
              Json.MAPPER.writeValueAsString(
                  Map.of("id", idsAndTexts[i], "text", idsAndTexts[i + 1])))
          .append('\n');
    }
    Files.writeString(file, lines, StandardCharsets.UTF_8);
  }

  private static String texts(Path unique) throws IOException {
    StringBuilder all = new StringBuilder();
    for (JsonNode n : DedupCommandTest.lines(unique)) {
      all.append(n.get("text").asText()).append('\n');
    }
    return all.toString();
  }
}
