package org.doppel.bench.jmh;

import java.util.List;
import org.doppel.text.ArticleText;
import org.doppel.text.HtmlText;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading HTML pages: doppel's page text ({@link HtmlText}: a paragraph per block element) and
 * article text ({@link ArticleText}) against jsoup's own parse and {@code text()} (one string, no
 * layout). One operation = the 181 pages of the article-extraction benchmark (31 MB of HTML).
 */
public class HtmlBench extends StageBenchmark {

  private List<String> pages;

  /** Loads the pages. */
  @Setup
  public void setup() {
    pages = Fixtures.pages();
  }

  /** Baseline: jsoup parses each page and joins its text. */
  @Benchmark
  public void baselineJsoupText(Blackhole bh) {
    for (String html : pages) {
      bh.consume(Jsoup.parse(html).text());
    }
  }

  /** doppel's page text: the same parse, laid out in paragraphs, hidden content left out. */
  @Benchmark
  public void pageText(Blackhole bh) {
    for (String html : pages) {
      bh.consume(HtmlText.toText(html));
    }
  }

  /** doppel's article text: the page's article found and laid out. */
  @Benchmark
  public void articleText(Blackhole bh) {
    for (String html : pages) {
      bh.consume(ArticleText.extract(html));
    }
  }
}
