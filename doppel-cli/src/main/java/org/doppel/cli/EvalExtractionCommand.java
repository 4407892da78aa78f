package org.doppel.cli;

import com.fasterxml.jackson.core.JsonParser;
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
import picocli.CommandLine;
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
    if (!(minF1 >= 0 && minF1 <= 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--min-f1 must be in [0, 1], got " + minF1);
    }
    Path truthFile = dir.resolve("ground-truth.json");
    JsonNode truth = readTruth(truthFile);
    List<ShingleMatch> article = new ArrayList<>();
    List<ShingleMatch> page = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      String name = truthFile.toString();
      if (!e.getValue().isObject()) {
        throw new BadInputException(
            name, 0, e.getKey(), "not an object of page fields but " + kind(e.getValue()));
      }
      JsonNode body = e.getValue().get("articleBody");
      if (body == null || body.isNull()) {
        throw new BadInputException(name, 0, e.getKey() + ".articleBody", "missing");
      }
      if (!body.isTextual()) {
        throw new BadInputException(
            name, 0, e.getKey() + ".articleBody", "not a string but " + kind(body));
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
    if (art.f1() < minF1) {
      spec.commandLine()
          .getErr()
          .printf(Locale.ROOT, "doppel: article F1 %.4f is below --min-f1 %.4f%n", art.f1(), minF1);
      return ExitCodes.BELOW_TARGET;
    }
    return ExitCodes.OK;
  }

  /**
   * The benchmark's ground truth: one JSON object of pages, {@code {"ID": {"articleBody": ...,
   * "url": ...}, ...}}, with at least one page and nothing after it.
   */
  private static JsonNode readTruth(Path truthFile) throws IOException {
    String name = truthFile.toString();
    JsonNode truth;
    try (JsonParser p = Json.MAPPER.createParser(TextFiles.read(truthFile))) {
      try {
        truth = Json.MAPPER.readTree(p);
      } catch (JsonProcessingException e) {
        throw new BadInputException(
            name, line(e), null, "malformed JSON: " + e.getOriginalMessage(), e);
      }
      boolean more;
      try {
        more = p.nextToken() != null;
      } catch (JsonProcessingException e) {
        more = true;
      }
      if (more) {
        throw new BadInputException(
            name, p.currentLocation().getLineNr(), null, "text after the JSON object");
      }
    }
    if (truth == null || !truth.isObject()) {
      throw new BadInputException(
          name,
          0,
          null,
          "expected a JSON object of pages ({\"ID\": {\"articleBody\": ...}}), found "
              + kind(truth));
    }
    if (truth.isEmpty()) {
      throw new BadInputException(name, 0, null, "no pages: nothing to score");
    }
    return truth;
  }

  private static long line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
  }

  /** What a JSON value is, for messages: "an array", "null", "no JSON value". */
  private static String kind(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "no JSON value";
    }
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> v.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
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
