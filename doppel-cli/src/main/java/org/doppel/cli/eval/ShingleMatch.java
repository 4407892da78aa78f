package org.doppel.cli.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (Zyte/Scrapinghub, {@code evaluate.py}): each text is
 * cut into {@code \w+} tokens and the multiset of its 4-token shingles (a text of fewer tokens is
 * one shingle of all of them); a page's true and false positives and false negatives are shingle
 * counts, normalised to sum to 1 so that long pages weigh no more than short ones; precision and
 * recall are averaged over pages, F1 is taken of the averages.
 *
 * @param tp share of the page's shingles found in both texts
 * @param fp share found only in the extracted text
 * @param fn share found only in the true text
 */
public record ShingleMatch(double tp, double fp, double fn) {

  /** Letters, digits and underscore: what Python's {@code \w} matches in a Unicode pattern. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  private static final int N = 4;

  /** The normalised counts of one page. */
  public static ShingleMatch of(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), pc);
      fn += Math.max(0, e.getValue() - pc);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
  }

  /** The page's precision, as the benchmark defines it for empty texts. */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
  }

  /** The page's recall, as the benchmark defines it for empty texts. */
  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
  }

  /** Precision, recall and F1 over pages. */
  public record Summary(int pages, double precision, double recall, double f1) {}

  /**
   * Averages over pages: precision over the pages where something was extracted or found, recall
   * over those with true text, F1 of the two averages.
   */
  public static Summary summarise(List<ShingleMatch> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (ShingleMatch m : pages) {
      if (m.tp + m.fp > 0) {
        p += m.precision();
        np++;
      }
      if (m.tp + m.fn > 0) {
        r += m.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(pages.size(), precision, recall, f1);
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    int count = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < count; i++) {
      String key = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + N)));
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }
}
