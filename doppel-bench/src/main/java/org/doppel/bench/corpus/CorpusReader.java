package org.doppel.bench.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/** Streams {@code {"id","text"}} records from a JSONL (optionally gzipped) file. */
public final class CorpusReader {

  private CorpusReader() {}

  /** The documents file of a corpus directory ({@code docs.jsonl} or {@code docs.jsonl.gz}). */
  public static Path docsFile(Path corpus) {
    if (Files.isRegularFile(corpus)) {
      return corpus;
    }
    Path plain = corpus.resolve("docs.jsonl");
    return Files.exists(plain) ? plain : corpus.resolve("docs.jsonl.gz");
  }

  /** Calls {@code sink} with each record's id and text, in file order; returns the count. */
  public static long forEach(
      Path file, String idField, String textField, BiConsumer<String, String> sink)
      throws IOException {
    long n = 0;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 20);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        JsonParser p = new JsonFactory().createParser(in)) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String id = null;
        String text = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (field.equals(idField)) {
            id = p.getValueAsString();
          } else if (field.equals(textField)) {
            text = p.getText();
          } else {
            p.skipChildren();
          }
        }
        if (id != null && text != null) {
          sink.accept(id, text);
          n++;
        }
      }
    }
    return n;
  }

  /**
   * {@link #forEach(Path, String, String, BiConsumer)} with the fields {@code id} and {@code text}.
   */
  public static long forEach(Path file, BiConsumer<String, String> sink) throws IOException {
    return forEach(file, "id", "text", sink);
  }
}
