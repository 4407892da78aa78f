package org.doppel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.doppel.BadInputException;
import org.doppel.cli.eval.ShingleMatch;
import org.doppel.cli.io.AtomicOutput;
import org.doppel.cli.io.Json;
import org.doppel.cli.io.Markup;
import org.doppel.cli.io.TextFiles;
import org.doppel.text.ArticleText;
import org.doppel.text.HtmlText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code doppel eval extraction DIR}: how well doppel reads the article text of web pages, scored
 * as the Zyte/Scrapinghub article-extraction benchmark scores it ({@link ShingleMatch}).
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Score the article text doppel reads from HTML pages against an extraction benchmark.",
      "Prints shingle precision, recall and F1 against the true article bodies, for the article"
          + " text (--html-text article) and for the whole page's text (--html-text page). DIR"
          + " holds ground-truth.json and html/ID.html.gz, as"
          + " ../shared/data/article-extraction-benchmark does."
    })
public final class EvalExtractionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Folder with ground-truth.json and html/.")
  Path dir;

  @Option(
      names = "--min-f1",
      description = "Exit with code 5 when the article text's F1 is below this value.")
  double minF1 = 0;

  @Option(
      names = "--details",
      paramLabel = "FILE",
      description = "Also write one line per page: id, tp, fp, fn of the article text, url.")
  Path details;

  @Override
  public Integer call() throws IOException {
    Path truthFile = dir.resolve("ground-truth.json");
    JsonNode truth;
    try {
      truth = Json.MAPPER.readTree(TextFiles.read(truthFile));
    } catch (JsonProcessingException e) {
      throw new BadInputException(
          truthFile.toString(), 0, null, "malformed JSON: " + e.getOriginalMessage());
    }
    List<ShingleMatch> article = new ArrayList<>();
    List<ShingleMatch> page = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      JsonNode body = e.getValue().get("articleBody");
      if (body == null || !body.isTextual()) {
        throw new BadInputException(
            truthFile.toString(), 0, e.getKey() + ".articleBody", "missing");
      }
      // the raw markup, read as every input is read (gzip, strict UTF-8, errors naming the file)
      String html =
          TextFiles.read(
              dir.resolve("html").resolve(e.getKey() + ".html.gz"),
              Markup.TEXT,
              Markup.Content.PAGE);
      ShingleMatch a = ShingleMatch.of(body.asText(), ArticleText.extract(html));
      article.add(a);
      page.add(ShingleMatch.of(body.asText(), HtmlText.toText(html)));
      lines.add(
          String.format(
              Locale.ROOT,
              "%s\t%.4f\t%.4f\t%.4f\t%s",
              e.getKey(),
              a.tp(),
              a.fp(),
              a.fn(),
              e.getValue().path("url").asText("")));
    }
    if (details != null) {
      writeDetails(lines);
    }
    ShingleMatch.Summary art = ShingleMatch.summarise(article);
    ShingleMatch.Summary whole = ShingleMatch.summarise(page);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT, "%-30s %6s %9s %7s %6s%n", "text read", "pages", "precision", "recall", "F1");
    print(out, "article (--html-text article)", art);
    print(out, "whole page (--html-text page)", whole);
    out.flush();
    return art.f1() < minF1 ? ExitCodes.BELOW_TARGET : ExitCodes.OK;
  }

  private static void print(PrintWriter out, String name, ShingleMatch.Summary s) {
    out.printf(
        Locale.ROOT,
        "%-30s %6d %9.3f %7.3f %6.3f%n",
        name,
        s.pages(),
        s.precision(),
        s.recall(),
        s.f1());
  }

  private void writeDetails(List<String> lines) {
    try (AtomicOutput o = AtomicOutput.open(details)) {
      for (String line : lines) {
        o.writer().write(line);
        o.writer().write('\n');
      }
      o.commit();
    } catch (IOException e) {
      throw new OutputException(details.toString(), e);
    }
  }
}
