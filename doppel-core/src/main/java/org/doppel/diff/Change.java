package org.doppel.diff;

import java.util.List;
import org.doppel.text.Span;

/**
 * What happened to one paragraph (or one pair of paragraphs) between A and B. Every paragraph of A
 * and of B belongs to exactly one change. A side a change does not have is {@code null}.
 */
public sealed interface Change
    permits Change.Unchanged,
        Change.Edited,
        Change.Moved,
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

  /** Word edits inside the paragraph (edited and edited-and-moved paragraphs only). */
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
