package org.doppel.align;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Span;

/**
 * Finds the passages two texts share (after Sanchez-Perez, Gelbukh and Sidorov, PAN 2014): sentence
 * units become tf-idf vectors of content-word stems; unit pairs similar by both cosine and Dice are
 * seeds; seeds close on both sides join into passages, which must stay similar as a whole;
 * overlapping passages keep the stronger one; the ends of a near-verbatim passage are then snapped
 * to the ends of its longest run of exact word-trigram matches (which also narrows it before
 * overlaps are settled), while an obfuscated passage keeps sentence boundaries. Two blocks copied
 * in swapped order are two passages. Units are compared through an inverted index, so the cost
 * stays near-linear for ordinary texts. Passages may come in any order: a moved paragraph is its
 * own passage. Immutable and thread-safe; the result is symmetric (swapping the texts mirrors it).
 */
public final class Aligner implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A passage resting on one seed only must be at least this similar. */
  private static final double SINGLE_SEED_MIN_SCORE = 0.5;

  /** An ordinary passage covering this share of a wide fragment's short side vetoes a summary. */
  private static final double SUMMARY_SHORT_SIDE_TAKEN = 0.9;

  private final AlignOptions options;

  private Aligner(AlignOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** An aligner with the given settings. */
  public static Aligner of(AlignOptions options) {
    return new Aligner(options);
  }

  /** An aligner with {@link AlignOptions#defaults()}. */
  public static Aligner defaults() {
    return new Aligner(AlignOptions.defaults());
  }

  /** The settings. */
  public AlignOptions options() {
    return options;
  }

  /** The passages {@code a} and {@code b} share, ordered by their start in A. */
  public List<Passage> align(AnalyzedText a, AnalyzedText b) {
    Map<String, Integer> vocabulary = new HashMap<>();
    Units ua = Units.of(a, vocabulary, options.minUnitWords());
    Units ub = Units.of(b, vocabulary, options.minUnitWords());
    if (ua.count == 0 || ub.count == 0) {
      return List.of();
    }
    UnitSimilarity sim = new UnitSimilarity(ua, ub, vocabulary.size());
    List<int[]> seeds = sim.seeds(options.seedSimilarity());
    List<Fragment> fragments = new ArrayList<>();
    BoundaryRefiner refiner = new BoundaryRefiner(ua, ub);
    SeedJoiner joiner = new SeedJoiner(sim, options.validation(), refiner);
    joiner.join(seeds, options.maxGap(), true, fragments);
    fragments.replaceAll(f -> refiner.narrow(f, sim));
    List<Fragment> kept = Fragment.dropOverlaps(fragments);
    List<Fragment> summary = new ArrayList<>();
    joiner.join(seeds, options.summaryGap(), false, summary);
    kept = preferSummaries(kept, summary, a.text().length(), b.text().length(), ua.count, ub.count);
    List<Passage> refined = new ArrayList<>(kept.size());
    for (Fragment f : kept) {
      if (f.seeds == 1 && f.score < SINGLE_SEED_MIN_SCORE) {
        continue;
      }
      refined.add(refiner.passage(f));
    }
    List<Passage> out = new ArrayList<>(refined.size());
    for (Passage p : mergeOverlapping(refined)) {
      if (isLongEnough(p, a.text().length(), b.text().length())) {
        out.add(p);
      }
    }
    out.sort(
        Comparator.comparingInt((Passage p) -> p.a().start()).thenComparing(p -> p.b().start()));
    return List.copyOf(out);
  }

  /**
   * A wide fragment whose one side is much shorter than the other, whose long side spans most of
   * its text, reads as a summary of that text, unless an ordinary fragment already covers its short
   * side: it then replaces the ordinary fragments it overlaps (when it outweighs them), with its
   * long side widened to the whole text.
   */
  private List<Fragment> preferSummaries(
      List<Fragment> kept, List<Fragment> wide, int lengthA, int lengthB, int unitsA, int unitsB) {
    List<Fragment> out = new ArrayList<>(kept);
    for (Fragment w : wide) {
      double ratio = (double) w.longerSide() / Math.max(1, w.shorterSide());
      if (ratio < options.summaryRatio()
          || w.seeds < 2
          || !coversMostOfItsText(w, lengthA, lengthB)) {
        continue;
      }
      double covered = 0;
      boolean shortSideTaken = false;
      for (Fragment f : kept) {
        if (f.overlaps(w)) {
          covered += f.score * f.size();
          int fShort = w.charsA <= w.charsB ? f.charsA : f.charsB;
          shortSideTaken |= fShort >= SUMMARY_SHORT_SIDE_TAKEN * w.shorterSide();
        }
      }
      if (shortSideTaken) {
        // an ordinary passage already explains the short side: reuse, not a summary
        continue;
      }
      if (w.score * w.size() > covered) {
        out.removeIf(f -> f.overlaps(w));
        out.add(wholeLongSide(w, unitsA, unitsB));
      }
    }
    return Fragment.dropOverlaps(out);
  }

  /**
   * Joins passages that overlap on both sides into one covering both, scored by the mean of their
   * scores weighted by length. Fragments never overlap, but snapping a near-verbatim fragment's
   * ends over equal words can carry it into its neighbours on the same copied run (a fact sheet
   * split into many short paragraphs on one side, run together on the other), which would report
   * the same shared text several times. Passages overlapping on one side only stay apart: text
   * copied twice.
   */
  static List<Passage> mergeOverlapping(List<Passage> passages) {
    List<Span> as = new ArrayList<>();
    List<Span> bs = new ArrayList<>();
    List<double[]> weighted = new ArrayList<>(); // {sum of score * length, sum of length}
    for (Passage p : passages) {
      as.add(p.a());
      bs.add(p.b());
      double w = Math.max(1, p.a().length() + p.b().length());
      weighted.add(new double[] {p.score() * w, w});
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int i = 0; i < as.size() && !merged; i++) {
        for (int j = i + 1; j < as.size(); j++) {
          if (overlaps(as.get(i), as.get(j)) && overlaps(bs.get(i), bs.get(j))) {
            as.set(i, union(as.get(i), as.remove(j)));
            bs.set(i, union(bs.get(i), bs.remove(j)));
            double[] w = weighted.remove(j);
            weighted.get(i)[0] += w[0];
            weighted.get(i)[1] += w[1];
            merged = true;
            break;
          }
        }
      }
    }
    if (as.size() == passages.size()) {
      return passages;
    }
    List<Passage> out = new ArrayList<>(as.size());
    for (int i = 0; i < as.size(); i++) {
      double[] w = weighted.get(i);
      double score = Math.round(Math.min(1, w[0] / w[1]) * 1e6) / 1e6;
      out.add(new Passage(as.get(i), bs.get(i), score));
    }
    return out;
  }

  private static boolean overlaps(Span x, Span y) {
    return x.start() < y.end() && y.start() < x.end();
  }

  private static Span union(Span x, Span y) {
    return new Span(Math.min(x.start(), y.start()), Math.max(x.end(), y.end()));
  }

  /**
   * A passage is kept when both sides reach {@code minChars}, or when it covers at least half of
   * the shorter text (so that short texts still show what they share).
   */
  private boolean isLongEnough(Passage p, int lengthA, int lengthB) {
    int shorter = Math.min(lengthA, lengthB);
    int side = Math.min(p.a().length(), p.b().length());
    return side >= options.minChars() || 2L * side >= shorter;
  }

  /** A summary stands for its whole source: its long side is widened to the whole text. */
  private static Fragment wholeLongSide(Fragment w, int unitsA, int unitsB) {
    if (w.charsA >= w.charsB) {
      return new Fragment(0, unitsA - 1, w.b0, w.b1, w.score, w.seeds, w.charsA, w.charsB);
    }
    return new Fragment(w.a0, w.a1, 0, unitsB - 1, w.score, w.seeds, w.charsA, w.charsB);
  }

  /** A summary's long side spans at least half of its whole text. */
  private static boolean coversMostOfItsText(Fragment w, int lengthA, int lengthB) {
    return w.charsA >= w.charsB ? 2L * w.charsA >= lengthA : 2L * w.charsB >= lengthB;
  }

  @Override
  public String toString() {
    return "Aligner(" + options + ")";
  }
}
