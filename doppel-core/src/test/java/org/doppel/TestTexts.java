package org.doppel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Seeded generators of news-like texts for property tests. */
public final class TestTexts {

  private final SplittableRandom random;
  private final List<String> words = new ArrayList<>();

  /** A generator seeded with {@code seed}. */
  public TestTexts(long seed) {
    this.random = new SplittableRandom(seed);
    for (int i = 0; i < 3000; i++) {
      StringBuilder w = new StringBuilder();
      int len = 3 + random.nextInt(7);
      for (int k = 0; k < len; k++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words.add(w.toString());
    }
  }

  /** One word of the generator's vocabulary of 3,000 lower-case words, at random. */
  public String word() {
    return words.get(random.nextInt(words.size()));
  }

  /** The underlying random source. */
  public SplittableRandom random() {
    return random;
  }

  /** A sentence of 8 to 20 words, capitalised, ending with a period. */
  public String sentence() {
    int n = 8 + random.nextInt(13);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = words.get(random.nextInt(words.size()));
      if (i == 0) {
        w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
      }
      sb.append(i == 0 ? "" : " ").append(w);
    }
    return sb.append('.').toString();
  }

  /** A paragraph of 2 to 5 sentences. */
  public String paragraph() {
    int n = 2 + random.nextInt(4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(sentence());
    }
    return sb.toString();
  }

  /** {@code p} with one word replaced, or its white space or quotes changed. */
  public String lightlyEdited(String p) {
    String[] tokens = p.split(" ");
    switch (random.nextInt(3)) {
      case 0 -> tokens[random.nextInt(tokens.length)] = words.get(random.nextInt(words.size()));
      case 1 -> {
        return p.replace(" ", "  ");
      }
      default -> {
        return "\u201C" + p + "\u201D";
      }
    }
    return String.join(" ", tokens);
  }

  /** Paragraphs joined by blank lines. */
  public static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs) + "\n";
  }
}
