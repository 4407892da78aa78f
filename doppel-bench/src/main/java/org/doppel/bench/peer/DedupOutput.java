package org.doppel.bench.peer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a peer's result in the files {@code doppel dedup} writes, so one scorer reads all tools:
 * {@code clusters.jsonl} ({@code {"id","cluster","representative"}}; the cluster is named after its
 * first document) and {@code pairs.jsonl} ({@code {"a","b","relation","jaccard"}}, relation {@code
 * near-duplicate} for every pair a peer reports).
 */
final class DedupOutput {

  private DedupOutput() {}

  /** A pair of document indices with its Jaccard similarity. */
  record Pair(int a, int b, double jaccard) {}

  static void write(Path out, List<String> ids, List<Pair> pairs) throws IOException {
    Files.createDirectories(out);
    UnionFind uf = new UnionFind(ids.size());
    for (Pair p : pairs) {
      uf.union(p.a(), p.b());
    }
    int[] first = new int[ids.size()];
    java.util.Arrays.fill(first, -1);
    for (int i = 0; i < ids.size(); i++) {
      int r = uf.find(i);
      if (first[r] < 0) {
        first[r] = i;
      }
    }
    JsonFactory json = new JsonFactory();
    Path tmp = out.resolve("clusters.jsonl.tmp");
    try (JsonGenerator g =
        json.createGenerator(
            new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (int i = 0; i < ids.size(); i++) {
        int rep = first[uf.find(i)];
        g.writeStartObject();
        g.writeStringField("id", ids.get(i));
        g.writeStringField("cluster", ids.get(rep));
        g.writeBooleanField("representative", rep == i);
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
    Files.move(tmp, out.resolve("clusters.jsonl"), StandardCopyOption.REPLACE_EXISTING);
    tmp = out.resolve("pairs.jsonl.tmp");
    try (JsonGenerator g =
        json.createGenerator(
            new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (Pair p : pairs) {
        g.writeStartObject();
        g.writeStringField("a", ids.get(p.a()));
        g.writeStringField("b", ids.get(p.b()));
        g.writeStringField("relation", "near-duplicate");
        g.writeNumberField("jaccard", Math.round(p.jaccard() * 1e4) / 1e4);
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
    Files.move(tmp, out.resolve("pairs.jsonl"), StandardCopyOption.REPLACE_EXISTING);
  }
}
