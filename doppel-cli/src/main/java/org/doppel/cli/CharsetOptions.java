package org.doppel.cli;

import java.nio.charset.Charset;
import picocli.CommandLine.Option;

/** How text files that are not UTF-8 are read, for every command that reads texts (a mixin). */
public final class CharsetOptions {

  @Option(
      names = "--fallback-charset",
      paramLabel = "CHARSET",
      description =
          "Decode a text file that is not UTF-8 in this charset instead of taking it for bad"
              + " input (legacy text: windows-1252, ISO-8859-1, ...). Binary and UTF-16 files"
              + " stay bad input; JSONL must be UTF-8; an HTML page is read in the charset it"
              + " declares (default: none).")
  Charset fallbackCharset;
}
