package org.doppel.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Real text for the stage benchmarks: the BBC News articles of the shared evaluation data (system
 * property {@code doppel.shared.data}, default {@code ../shared/data}), in a seeded order.
 */
final class Fixtures {

  private Fixtures() {}

  /** {@code count} BBC articles in a seeded random order. */
  static List<String> articles(int count, long seed) {
    Path root = Path.of(System.getProperty("doppel.shared.data", "../shared/data"), "bbc-news");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          new ArrayList<>(
              walk.filter(p -> p.toString().endsWith(".txt"))
                  .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.TXT"))
                  .sorted()
                  .toList());
    } catch (IOException e) {
      throw new IllegalStateException("BBC News articles not found under " + root, e);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = files.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      Path t = files.get(i);
      files.set(i, files.get(j));
      files.set(j, t);
    }
    List<String> out = new ArrayList<>();
    for (Path f : files.subList(0, Math.min(count, files.size()))) {
      try {
        out.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + f, e);
      }
    }
    return out;
  }

  /**
   * The HTML of the article-extraction benchmark's pages ({@code
   * article-extraction-benchmark/html/*.html.gz} of the shared data), sorted by file name.
   */
  static List<String> pages() {
    Path root =
        Path.of(
            System.getProperty("doppel.shared.data", "../shared/data"),
            "article-extraction-benchmark",
            "html");
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.list(root)) {
      for (Path f : walk.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
          out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("article pages not found under " + root, e);
    }
    return out;
  }

  /** A near-duplicate of {@code text}: every 15th word replaced. */
  static String edited(String text, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(text.length());
    int word = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' && ++word % 15 == 0) {
        sb.append(" w").append(rnd.nextInt(1000));
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
