package org.doppel;

import java.util.List;
import java.util.function.LongPredicate;
import org.doppel.align.Aligner;
import org.doppel.align.Passage;
import org.doppel.diff.Change;
import org.doppel.diff.RevisionDiff;
import org.doppel.shingle.ShingleSet;
import org.doppel.shingle.Shingler;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Document;
import org.doppel.text.TextAnalyzer;
import org.doppel.verify.PairScores;
import org.doppel.verify.Relation;

/**
 * Explains a pair of documents: their scores and relation (computed exactly as {@code dedup} does),
 * the passages they share, and what changed paragraph by paragraph.
 */
public final class Compare {

  private Compare() {}

  /** Compares {@code a} with {@code b}. */
  public static CompareResult run(CompareOptions options, Document a, Document b) {
    AnalyzedText ta = TextAnalyzer.defaults().analyze(a.text());
    AnalyzedText tb = TextAnalyzer.defaults().analyze(b.text());
    LongPredicate known = options.boilerplate()::contains;
    Shingler shingler = Shingler.defaults();
    ShingleSet sa = shingler.shingleSet(ta, known);
    ShingleSet sb = shingler.shingleSet(tb, known);
    PairScores scores =
        PairScores.of(
            sa,
            sb,
            Shingler.anchorParagraphs(ta, known),
            Shingler.anchorParagraphs(tb, known),
            Shingler.anchorSentences(ta, known),
            Shingler.anchorSentences(tb, known));
    Relation relation = options.relations().classify(scores);
    if (relation == Relation.VERSION) {
      long[] fa = Analysed.figureSet(ta, known);
      long[] fb = Analysed.figureSet(tb, known);
      if (options
          .relations()
          .differentFigures(
              ShingleSet.intersectionSize(fa, fa.length, fb, fb.length), fa.length, fb.length)) {
        relation = Relation.PARTIAL; // as Dedup names it
      }
    }
    List<Passage> passages = Aligner.of(options.align()).align(ta, tb);
    List<Change> changes = RevisionDiff.of(0.5, options.recogniseChrome()).diff(ta, tb, known);
    return new CompareResult(
        a.id(), a.text().length(), b.id(), b.text().length(), scores, relation, passages, changes);
  }

  /** Compares with {@link CompareOptions#defaults()}. */
  public static CompareResult run(Document a, Document b) {
    return run(CompareOptions.defaults(), a, b);
  }
}
