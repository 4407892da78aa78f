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
    long[] fa = Analysed.figureSet(ta, known);
    long[] fb = Analysed.figureSet(tb, known);
    int sharedFigures = ShingleSet.intersectionSize(fa, fa.length, fb, fb.length);
    boolean differ =
        relation == Relation.VERSION
            && options.relations().differentFigures(sharedFigures, fa.length, fb.length);
    if (differ) {
      relation = Relation.PARTIAL; // as Dedup names it
    }
    CompareResult.Figures figures =
        new CompareResult.Figures(fa.length, fb.length, sharedFigures, differ);
    List<Passage> passages = Aligner.of(options.align()).align(ta, tb);
    List<Change> changes = RevisionDiff.of(0.5, options.recogniseChrome()).diff(ta, tb, known);
    return new CompareResult(
        a.id(),
        a.text().length(),
        b.id(),
        b.text().length(),
        scores,
        relation,
        figures,
        passages,
        changes);
  }

  /** Compares with {@link CompareOptions#defaults()}. */
  public static CompareResult run(Document a, Document b) {
    return run(CompareOptions.defaults(), a, b);
  }
}
