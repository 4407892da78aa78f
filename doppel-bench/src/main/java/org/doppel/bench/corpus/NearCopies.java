package org.doppel.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes many near-copies of one text as a JSONL corpus (seeded): each copy is the text with {@code
 * edits} of its words replaced by a random token of its own. The worst case of candidate search and
 * verification: one huge group of documents that are all near each other.
 */
public final class NearCopies {

  private NearCopies() {}

  /** Writes {@code copies} near-copies of {@code source} to {@code out}; returns the bytes. */
  public static long write(Path source, int copies, int edits, long seed, Path out)
      throws IOException {
    String[] words = Files.readString(source, StandardCharsets.UTF_8).strip().split("\\s+");
    SplittableRandom random = new SplittableRandom(seed);
    ObjectMapper json = new ObjectMapper();
    long bytes = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int c = 0; c < copies; c++) {
        String[] copy = words.clone();
        for (int e = 0; e < edits; e++) {
          copy[random.nextInt(copy.length)] = "edit" + (char) ('a' + random.nextInt(26)) + c;
        }
        String text = String.join(" ", copy);
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
        w.write(json.createObjectNode().put("id", "n" + c).put("text", text).toString());
        w.newLine();
      }
    }
    return bytes;
  }
}
