package org.doppel.cli.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.doppel.BadInputException;
import org.doppel.text.AnalyzedText;
import org.doppel.text.TextAnalyzer;

/**
 * Reads the paragraph hashes of a {@code boilerplate.jsonl}: one JSON object per line with a {@code
 * "hash"} (the paragraph hash as 16 hex digits, or a decimal number) or a {@code "text"} (the
 * paragraph's text, hashed here the same way). Blank lines are skipped.
 */
public final class BoilerplateFile {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BoilerplateFile() {}

  /** The hashes listed in {@code file}. */
  public static Set<Long> read(Path file) {
    String text = TextFiles.read(file);
    Set<Long> out = new HashSet<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new BadInputException(
            file.toString(), i + 1, null, "not a JSON object: " + e.getOriginalMessage(), e);
      }
      if (node == null || !node.isObject()) {
        throw new BadInputException(file.toString(), i + 1, null, "not a JSON object");
      }
      JsonNode hash = node.get("hash");
      JsonNode para = node.get("text");
      if (hash != null && !hash.isNull()) {
        out.add(parseHash(file, i + 1, hash));
      } else if (para != null && para.isTextual()) {
        AnalyzedText t = TextAnalyzer.defaults().analyze(para.asText());
        for (int p = 0; p < t.paragraphCount(); p++) {
          out.add(t.paragraphHash(p));
        }
      } else {
        throw new BadInputException(file.toString(), i + 1, "hash", "needs 'hash' or 'text'");
      }
    }
    return out;
  }

  private static long parseHash(Path file, int line, JsonNode hash) {
    if (hash.isIntegralNumber()) {
      return hash.asLong();
    }
    String s = hash.asText().strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("0x")) {
      s = s.substring(2);
    }
    try {
      return s.length() == 16 ? Long.parseUnsignedLong(s, 16) : Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new BadInputException(
          file.toString(), line, "hash", "not 16 hex digits or a number: " + hash.asText(), e);
    }
  }
}
