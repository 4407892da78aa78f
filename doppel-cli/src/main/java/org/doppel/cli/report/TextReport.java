package org.doppel.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doppel.CompareResult;
import org.doppel.align.Passage;
import org.doppel.diff.Change;
import org.doppel.diff.WordEdit;
import org.doppel.text.Span;

/** The terminal report of {@code doppel compare}: summary, shared passages, paragraph changes. */
public final class TextReport {

  private static final int SNIPPET = 70;

  private final boolean color;

  private TextReport(boolean color) {
    this.color = color;
  }

  /** A report writer, with ANSI colours or without. */
  public static TextReport of(boolean color) {
    return new TextReport(color);
  }

  /** The report for {@code r}, whose texts are {@code a} and {@code b}. */
  public String render(CompareResult r, String a, String b) {
    StringBuilder sb = new StringBuilder();
    sb.append(bold("A: ")).append(r.aId()).append(" (").append(r.aLength()).append(" chars)\n");
    sb.append(bold("B: ")).append(r.bId()).append(" (").append(r.bLength()).append(" chars)\n");
    sb.append(bold("relation: "))
        .append(paint("1;36", r.relation().label()))
        .append(
            String.format(
                Locale.ROOT,
                "   jaccard %.4f   A in B %.4f   B in A %.4f%n",
                r.scores().jaccard(),
                r.scores().containmentAInB(),
                r.scores().containmentBInA()));
    if (r.figures().differ()) {
      sb.append("          ").append(figuresDiffer(r.figures())).append('\n');
    }
    sb.append('\n').append(bold("Shared passages: " + r.passages().size())).append('\n');
    int k = 1;
    for (Passage p : r.passages()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%3d. A[%d,%d) <-> B[%d,%d)  score %.2f  %s%n",
              k++,
              p.a().start(),
              p.a().end(),
              p.b().start(),
              p.b().end(),
              p.score(),
              preview(p.a().of(a))));
    }
    sb.append('\n').append(bold("Changes: ")).append(counts(r.changes())).append('\n');
    for (Change c : r.changes()) {
      line(sb, c, a, b);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, Change c, String a, String b) {
    if (c instanceof Change.Unchanged u) {
      sb.append(paint("2", "  = unchanged   ")).append(preview(u.b().of(b)));
    } else if (c instanceof Change.Edited e) {
      sb.append(paint("33", "  ~ edited      ")).append(preview(e.b().of(b)));
      edits(sb, e.edits(), a, b);
    } else if (c instanceof Change.Moved m) {
      sb.append(paint("35", "  > moved       "))
          .append(range("A", m.a()) + " -> " + range("B", m.b()) + " ")
          .append(preview(m.b().of(b)));
      edits(sb, m.edits(), a, b);
    } else if (c instanceof Change.Split sp) {
      sb.append(paint("36", "  / split       "))
          .append(range("A", sp.a()) + " -> " + sp.parts() + " paragraphs " + range("B", sp.b()))
          .append(sp.moved() ? " (moved) " : " ")
          .append(preview(sp.a().of(a)));
      edits(sb, sp.edits(), a, b);
    } else if (c instanceof Change.Merged mg) {
      sb.append(paint("36", "  \\ merged      "))
          .append(mg.parts() + " paragraphs " + range("A", mg.a()) + " -> " + range("B", mg.b()))
          .append(mg.moved() ? " (moved) " : " ")
          .append(preview(mg.b().of(b)));
      edits(sb, mg.edits(), a, b);
    } else if (c instanceof Change.Added d) {
      sb.append(paint("32", "  + added       ")).append(preview(d.b().of(b)));
    } else if (c instanceof Change.Removed d) {
      sb.append(paint("31", "  - removed     ")).append(preview(d.a().of(a)));
    } else {
      String label = c instanceof Change.Repeat ? "  * repeat     " : "  # boilerplate";
      String side = c.a() != null && c.b() != null ? " " : c.a() != null ? " (A) " : " (B) ";
      sb.append(paint("2", label + side))
          .append(preview(c.a() != null ? c.a().of(a) : c.b().of(b)));
    }
    sb.append('\n');
  }

  private void edits(StringBuilder sb, List<WordEdit> edits, String a, String b) {
    for (WordEdit e : edits) {
      sb.append("\n                  ");
      if (e.a().length() > 0) {
        sb.append(paint("31", "-" + quote(e.a().of(a)))).append(' ');
      }
      if (e.b().length() > 0) {
        sb.append(paint("32", "+" + quote(e.b().of(b))));
      }
    }
  }

  /** A side's character range as the reports write it: {@code A[37,256)}. */
  static String range(String side, Span s) {
    return side + "[" + s.start() + "," + s.end() + ")";
  }

  /** The line that says why a version by its shingles is only partial (for the HTML report too). */
  static String figuresDiffer(CompareResult.Figures f) {
    return String.format(
        Locale.ROOT,
        "figures differ: %d of A's %d and B's %d in both, so partial, not a version",
        f.shared(),
        f.a(),
        f.b());
  }

  /** Counts per change type, in a fixed order. */
  static String counts(List<Change> changes) {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (String t :
        List.of(
            "unchanged",
            "edited",
            "moved",
            "split",
            "merged",
            "added",
            "removed",
            "repeat",
            "boilerplate")) {
      n.put(t, 0);
    }
    for (Change c : changes) {
      n.merge(c.type(), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder();
    n.forEach((t, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ').append(t));
    return sb.toString();
  }

  /**
   * The first words of {@code s}, white space collapsed, as a paragraph's line shows them: not in
   * quotes, as the line ends with them and a paragraph often opens with a quotation mark.
   */
  static String preview(String s) {
    String flat = s.strip().replaceAll("\\s+", " ");
    if (flat.length() > SNIPPET) {
      int cut = SNIPPET;
      if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
        cut--;
      }
      flat = flat.substring(0, cut) + "…";
    }
    return flat;
  }

  /**
   * A word edit's text as {@link #preview}, in double quotes that show where it begins and ends (an
   * edit may be only punctuation); a double quote inside is written after a backslash, and a
   * backslash as two.
   */
  static String quote(String s) {
    return "\"" + preview(s).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private String bold(String s) {
    return paint("1", s);
  }

  private String paint(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
