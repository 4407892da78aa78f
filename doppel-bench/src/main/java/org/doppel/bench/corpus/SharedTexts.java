package org.doppel.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes every text of the shared evaluation data as one JSONL corpus, unchanged and unfiltered:
 * Reuters-21578 bodies, BBC News articles, every Wikipedia revision, PAN 2013 source and suspicious
 * documents, and the Clough-Stevenson answers. The real-data throughput benchmark of {@code dedup}
 * runs on it.
 */
public final class SharedTexts {

  private static final Pattern RECORD =
      Pattern.compile("NEWID=\"(\\d+)\".*?(?:<BODY>(.*?)</BODY>|</REUTERS>)", Pattern.DOTALL);

  private SharedTexts() {}

  /**
   * Writes the corpus to {@code out}; returns the number of documents and of UTF-8 bytes of text.
   */
  public static long[] write(Path shared, Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    long[] n = new long[2];
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path f : files(shared.resolve("reuters21578"), ".sgm")) {
        String sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
        Matcher m = RECORD.matcher(sgml);
        while (m.find()) {
          if (m.group(2) != null) {
            line(json, w, "reuters21578/" + m.group(1), SourceLoader.unescape(m.group(2)), n);
          }
        }
      }
      for (String dir :
          List.of(
              "bbc-news",
              "wikipedia-versions/version_documents",
              "pan13-text-alignment/train/src",
              "pan13-text-alignment/train/susp",
              "clough-stevenson-short-answers")) {
        for (Path f : files(shared.resolve(dir), ".txt")) {
          if (!f.getFileName().toString().equalsIgnoreCase("README.TXT")) {
            line(json, w, shared.relativize(f).toString(), read(f), n);
          }
        }
      }
    }
    return n;
  }

  private static void line(
      ObjectMapper json, BufferedWriter w, String id, String text, long[] counts)
      throws IOException {
    String clean = text.replace("\u0000", "");
    ObjectNode o = json.createObjectNode();
    o.put("id", id);
    o.put("text", clean);
    w.write(json.writeValueAsString(o));
    w.write('\n');
    counts[0]++;
    counts[1] += clean.getBytes(StandardCharsets.UTF_8).length;
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    }
  }

  private static String read(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
