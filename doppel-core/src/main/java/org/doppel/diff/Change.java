package org.doppel.diff;

import java.util.List;
import org.doppel.text.Span;

/**
 * What happened to one paragraph (or one pair of paragraphs, or a paragraph split up or merged)
 * between A and B. Every paragraph of A and of B belongs to exactly one change: a split's B side
 * and a merge's A side cover a run of consecutive paragraphs. A side a change does not have is
 * {@code null}. A side's span is its paragraphs' {@link
 * org.doppel.text.AnalyzedText#paragraphExtent extent}: their text with the punctuation at either
 * end.
 */
public sealed interface Change
    permits Change.Unchanged,
        Change.Edited,
        Change.Moved,
        Change.Split,
        Change.Merged,
        Change.Added,
        Change.Removed,
        Change.Repeat,
        Change.Boilerplate {

  /** The type name used in JSON and reports: {@code unchanged}, {@code edited}, ... */
  String type();

  /** The paragraph in A, or {@code null}. */
  Span a();

  /** The paragraph in B, or {@code null}. */
  Span b();

  /**
   * Word edits inside the paragraph (edited, edited-and-moved, split and merged paragraphs only).
   */
  default List<WordEdit> edits() {
    return List.of();
  }

  /** The same change seen from B. */
  Change mirror();

  /**
   * The same words in both, up to white space, quotes, punctuation and case.
   *
   * @param a the paragraph in A
   * @param b the paragraph in B
   */
  record Unchanged(Span a, Span b) implements Change {
    @Override
    public String type() {
      return "unchanged";
    }

    @Override
    public Change mirror() {
      return new Unchanged(b, a);
    }
  }

  /**
   * The same paragraph, in the same order, with words changed.
   *
   * @param a the paragraph in A
   * @param b the paragraph in B
   * @param edits the word edits
   */
  record Edited(Span a, Span b, List<WordEdit> edits) implements Change {
    /** Copies the edits. */
    public Edited {
      edits = List.copyOf(edits);
    }

    @Override
    public String type() {
      return "edited";
    }

    @Override
    public Change mirror() {
      return new Edited(b, a, edits.stream().map(WordEdit::mirror).toList());
    }
  }

  /**
   * A paragraph that moved: from {@code a} in A to {@code b} in B, possibly edited on the way.
   *
   * @param a where it was in A
   * @param b where it is in B
   * @param edits the word edits (empty when only moved)
   */
  record Moved(Span a, Span b, List<WordEdit> edits) implements Change {
    /** Copies the edits. */
    public Moved {
      edits = List.copyOf(edits);
    }

    @Override
    public String type() {
      return "moved";
    }

    @Override
    public Change mirror() {
      return new Moved(b, a, edits.stream().map(WordEdit::mirror).toList());
    }
  }

  /**
   * One paragraph of A that B writes as several consecutive paragraphs (split up, possibly with
   * words edited on the way). Listed where it is in B.
   *
   * @param a the paragraph in A
   * @param b the paragraphs in B: from the first one's start to the last one's end
   * @param parts how many paragraphs of B it became (at least 2)
   * @param edits the word edits between the paragraph and the B paragraphs read as one
   * @param moved whether it also moved: it is out of the order of the paragraphs that stay in
   *     place, as a {@link Moved} paragraph is
   */
  record Split(Span a, Span b, int parts, List<WordEdit> edits, boolean moved) implements Change {
    /** Checks the parts and copies the edits. */
    public Split {
      if (parts < 2) {
        throw new IllegalArgumentException("a split has at least 2 parts, got " + parts);
      }
      edits = List.copyOf(edits);
    }

    @Override
    public String type() {
      return "split";
    }

    @Override
    public Change mirror() {
      return new Merged(b, a, parts, edits.stream().map(WordEdit::mirror).toList(), moved);
    }
  }

  /**
   * Several consecutive paragraphs of A that B writes as one paragraph (possibly with words edited
   * on the way). Listed where it is in B.
   *
   * @param a the paragraphs in A: from the first one's start to the last one's end
   * @param b the paragraph in B
   * @param parts how many paragraphs of A it was made of (at least 2)
   * @param edits the word edits between the A paragraphs read as one and the paragraph
   * @param moved whether it also moved: it is out of the order of the paragraphs that stay in
   *     place, as a {@link Moved} paragraph is
   */
  record Merged(Span a, Span b, int parts, List<WordEdit> edits, boolean moved) implements Change {
    /** Checks the parts and copies the edits. */
    public Merged {
      if (parts < 2) {
        throw new IllegalArgumentException("a merge has at least 2 parts, got " + parts);
      }
      edits = List.copyOf(edits);
    }

    @Override
    public String type() {
      return "merged";
    }

    @Override
    public Change mirror() {
      return new Split(b, a, parts, edits.stream().map(WordEdit::mirror).toList(), moved);
    }
  }

  /**
   * A paragraph only in B.
   *
   * @param b the paragraph in B
   */
  record Added(Span b) implements Change {
    @Override
    public String type() {
      return "added";
    }

    @Override
    public Span a() {
      return null;
    }

    @Override
    public Change mirror() {
      return new Removed(b);
    }
  }

  /**
   * A paragraph only in A.
   *
   * @param a the paragraph in A
   */
  record Removed(Span a) implements Change {
    @Override
    public String type() {
      return "removed";
    }

    @Override
    public Span b() {
      return null;
    }

    @Override
    public Change mirror() {
      return new Added(a);
    }
  }

  /**
   * A second (third, ...) copy of a paragraph inside the same text, such as a caption printed
   * twice; when both texts repeat it, the repeats are paired and both sides are set.
   *
   * @param a the repeat in A, or null
   * @param b the repeat in B, or null
   */
  record Repeat(Span a, Span b) implements Change {
    @Override
    public String type() {
      return "repeat";
    }

    @Override
    public Change mirror() {
      return new Repeat(b, a);
    }
  }

  /**
   * A boilerplate paragraph (site chrome, a known repeated line): in both texts, or in one.
   *
   * @param a the paragraph in A, or null
   * @param b the paragraph in B, or null
   */
  record Boilerplate(Span a, Span b) implements Change {
    @Override
    public String type() {
      return "boilerplate";
    }

    @Override
    public Change mirror() {
      return new Boilerplate(b, a);
    }
  }
}
