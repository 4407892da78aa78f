package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doppel.cli.io.AtomicOutput;
import org.doppel.cli.io.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code doppel text FILE}: the text doppel reads from a file, exactly as {@code dedup} and {@code
 * compare} read it (an HTML page's visible text or article); the offsets of {@code compare} point
 * into this text.
 */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description = {
      "Print the text doppel reads from FILE, as dedup and compare read it.",
      "A plain text as it is (byte-order mark removed), an HTML page as its article or, with"
          + " --html-text page, all its visible text. compare's offsets point into this text."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad input, 4 output not written."
    })
public final class TextCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to read.")
  Path file;

  @Mixin HtmlOptions html;

  @Mixin CharsetOptions charset;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the text here, exactly as read, so that compare's offsets index it (default:"
              + " stdout, where a line break is added after a text that does not end with one).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (out != null) {
      DedupCommand.refuseOverwrite(spec.commandLine(), "--out", out, file, "the file read");
    }
    String text = TextFiles.read(file, html.markup, html.htmlText, charset.fallbackCharset);
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      if (!text.endsWith("\n")) {
        w.println();
      }
      w.flush();
      return ExitCodes.OK;
    }
    try (AtomicOutput o = AtomicOutput.open(out)) {
      Writer w = o.writer();
      w.write(text);
      o.commit();
    } catch (IOException e) {
      throw new OutputException(out.toString(), e);
    }
    return ExitCodes.OK;
  }
}
