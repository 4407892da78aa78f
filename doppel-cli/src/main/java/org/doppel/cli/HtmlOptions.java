package org.doppel.cli;

import org.doppel.cli.io.Markup;
import picocli.CommandLine.Option;

/** How HTML pages are read, for every command that reads documents (a picocli mixin). */
public final class HtmlOptions {

  @Option(
      names = "--markup",
      defaultValue = "auto",
      paramLabel = "auto|html|text",
      description =
          "Which inputs are HTML, read for their text (see --html-text; a paragraph per block"
              + " element): auto (default) takes files named .html, .htm or .xhtml and texts that"
              + " begin with <!DOCTYPE html> or a page's start tag (<html>, <head>, <body>, ...),"
              + " and reads texts that begin with an element closed later (<p>...</p>: an"
              + " article's body) whole, a blank line in its text a paragraph break; html takes"
              + " every input as a page; text reads every input as plain text. Offsets into HTML"
              + " point into the text read.")
  Markup markup;

  @Option(
      names = "--html-text",
      defaultValue = "article",
      paramLabel = "article|page",
      description =
          "What is read of an HTML page: article (default) takes the article alone, found on each"
              + " page by itself (menus, related links, comments and footers left out); page takes"
              + " all its visible text, site chrome included.")
  Markup.Content htmlText;
}
