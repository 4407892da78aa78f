package org.doppel.cli;

import org.doppel.cli.io.ReadOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a corpus (a picocli mixin). */
public final class InputOptions {

  @Option(
      names = "--id-field",
      defaultValue = "id",
      description = "JSONL field holding the document id (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(
      names = "--text-field",
      defaultValue = "text",
      description = "JSONL field holding the text (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(
      names = "--date-field",
      description =
          "JSONL field holding an ISO-8601 date (2024-03-01, 2024-03-01T09:30:00+01:00; no offset"
              + " means UTC), which --keep earliest compares as instants; a value that is no such"
              + " date is bad input.")
  String dateField;

  @Option(
      names = "--skip-bad",
      description =
          "Warn about and skip unreadable, binary or non-UTF-8 files and malformed JSONL lines"
              + " instead of stopping with exit code 3.")
  boolean skipBad;

  @Option(
      names = "--max-doc-bytes",
      defaultValue = "67108864",
      description =
          "A text file larger than this many bytes is cut at a line end, with a warning; a"
              + " JSONL line larger than this is bad input (skipped with --skip-bad) (default:"
              + " ${DEFAULT-VALUE}, 64 MiB).")
  int maxBytes;

  @Mixin CharsetOptions charset;

  @Mixin HtmlOptions html;

  /** The options as the reader takes them. */
  public ReadOptions toReadOptions() {
    return new ReadOptions(
        idField,
        textField,
        dateField,
        skipBad,
        maxBytes,
        html.markup,
        html.htmlText,
        charset.fallbackCharset);
  }
}
