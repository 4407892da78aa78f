package org.doppel.cli.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.doppel.CompareResult;
import org.doppel.align.Passage;
import org.doppel.diff.Change;
import org.doppel.diff.WordEdit;
import org.doppel.text.Span;

/**
 * A self-contained HTML page (inline CSS and script, nothing fetched) showing A and B side by side:
 * shared passages highlighted and linked (clicking one marks it and its partner {@code active} and
 * scrolls the partner into view), paragraph changes coloured, word edits marked, a summary on top.
 * Passage segments carry {@code data-k="pN"}; the first segment of passage N in A has id {@code
 * a-pN}, in B {@code b-pN}.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /** The page for {@code r}, whose texts are {@code a} and {@code b}. */
  public static String render(CompareResult r, String a, String b) {
    StringBuilder sb = new StringBuilder(a.length() + b.length() + 8192);
    sb.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>doppel compare: ")
        .append(escape(r.aId()))
        .append(" / ")
        .append(escape(r.bId()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append(
            "</style></head><body>\n<header id=\"summary\"><h1>doppel compare</h1>\n<p><b>A</b> ")
        .append(escape(r.aId()))
        .append(" (")
        .append(r.aLength())
        .append(" chars) &nbsp; <b>B</b> ")
        .append(escape(r.bId()))
        .append(" (")
        .append(r.bLength())
        .append(" chars)</p>\n<p>relation <b id=\"relation\">")
        .append(r.relation().label())
        .append("</b> &nbsp; ")
        .append(
            String.format(
                Locale.ROOT,
                "Jaccard %.4f &nbsp; A in B %.4f &nbsp; B in A %.4f",
                r.scores().jaccard(),
                r.scores().containmentAInB(),
                r.scores().containmentBInA()))
        .append(r.figures().differ() ? " &nbsp; " + TextReport.figuresDiffer(r.figures()) : "")
        .append("</p>\n<p>")
        .append(r.passages().size())
        .append(" shared passages; changes: ")
        .append(escape(TextReport.counts(r.changes())))
        .append("</p>\n<p class=\"legend\"><span class=\"psg\">shared passage</span> ")
        .append("<span class=\"chg-edited chg-start\">edited</span> ")
        .append("<span class=\"chg-moved chg-start\">moved</span> ")
        .append("<span class=\"chg-split chg-start\">split</span> ")
        .append("<span class=\"chg-merged chg-start\">merged</span> ")
        .append(
            "<span class=\"chg-added\">added</span> <span class=\"chg-removed\">removed</span> ")
        .append("<span class=\"chg-repeat\">repeat</span> <span class=\"chg-boilerplate\">")
        .append("boilerplate</span> <span class=\"del\">deleted words</span> ")
        .append(
            "<span class=\"ins\">inserted words</span> &mdash; click a passage to see its partner")
        .append("</p></header>\n<main>\n");
    side(sb, "a", r, a);
    side(sb, "b", r, b);
    sb.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body></html>\n");
    return sb.toString();
  }

  private static void side(StringBuilder sb, String side, CompareResult r, String text) {
    boolean isA = side.equals("a");
    int n = text.length();
    int[] passage = filled(n);
    int[] change = filled(n);
    int[] edit = filled(n);
    List<Passage> ps = r.passages();
    for (int i = 0; i < ps.size(); i++) {
      mark(passage, isA ? ps.get(i).a() : ps.get(i).b(), i);
    }
    List<Change> cs = r.changes();
    for (int i = 0; i < cs.size(); i++) {
      Change c = cs.get(i);
      mark(change, isA ? c.a() : c.b(), i);
      for (WordEdit e : c.edits()) {
        mark(edit, isA ? e.a() : e.b(), 0);
      }
    }
    sb.append("<section class=\"side\" id=\"side-")
        .append(side)
        .append("\"><h2>")
        .append(isA ? "A" : "B")
        .append(": ")
        .append(escape(isA ? r.aId() : r.bId()))
        .append("</h2><div class=\"text\">");
    boolean[] seen = new boolean[ps.size()];
    boolean[] started = new boolean[cs.size()];
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n
          || passage[i] != passage[start]
          || change[i] != change[start]
          || edit[i] != edit[start]) {
        boolean first = change[start] >= 0 && !started[change[start]];
        if (first) {
          started[change[start]] = true;
        }
        segment(
            sb,
            side,
            text.substring(start, i),
            passage[start],
            change[start],
            first,
            edit[start] >= 0,
            cs,
            seen,
            isA);
        start = i;
      }
    }
    sb.append("</div></section>\n");
  }

  private static void segment(
      StringBuilder sb,
      String side,
      String s,
      int p,
      int c,
      boolean firstOfChange,
      boolean edited,
      List<Change> cs,
      boolean[] seen,
      boolean isA) {
    if (p < 0 && c < 0) {
      sb.append(escape(s));
      return;
    }
    StringBuilder cls = new StringBuilder();
    String key = null;
    if (p >= 0) {
      cls.append("psg");
      key = "p" + p;
    }
    String title = null;
    if (c >= 0) {
      Change ch = cs.get(c);
      cls.append(cls.length() > 0 ? " " : "").append("chg-").append(ch.type());
      if (firstOfChange) {
        cls.append(" chg-start");
      }
      if (key == null && ch.a() != null && ch.b() != null && !(ch instanceof Change.Unchanged)) {
        key = "c" + c;
      }
      if (ch instanceof Change.Split sp) {
        title =
            (sp.moved() ? "split and moved: " : "split: ")
                + TextReport.range("A", sp.a())
                + " into "
                + sp.parts()
                + " paragraphs, "
                + TextReport.range("B", sp.b());
      } else if (ch instanceof Change.Merged mg) {
        title =
            (mg.moved() ? "merged and moved: " : "merged: ")
                + mg.parts()
                + " paragraphs, "
                + TextReport.range("A", mg.a())
                + ", into "
                + TextReport.range("B", mg.b());
      } else if (ch instanceof Change.Moved m) {
        title = "moved: " + TextReport.range("A", m.a()) + " to " + TextReport.range("B", m.b());
      }
    }
    if (edited) {
      cls.append(' ').append(isA ? "del" : "ins");
    }
    sb.append("<span class=\"").append(cls).append('"');
    if (key != null) {
      sb.append(" data-k=\"").append(key).append('"');
      if (p >= 0 && !seen[p]) {
        seen[p] = true;
        sb.append(" id=\"").append(side).append('-').append(key).append('"');
      }
    }
    if (title != null) {
      sb.append(" title=\"").append(escape(title)).append('"');
    }
    sb.append('>').append(escape(s)).append("</span>");
  }

  private static int[] filled(int n) {
    int[] x = new int[n];
    Arrays.fill(x, -1);
    return x;
  }

  private static void mark(int[] labels, Span span, int value) {
    if (span == null) {
      return;
    }
    for (int i = span.start(); i < span.end() && i < labels.length; i++) {
      if (labels[i] < 0) {
        labels[i] = value;
      }
    }
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final String CSS =
      """
      body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222}
      header{padding:.5em 1em;border-bottom:1px solid #ccc;background:#fafafa}
      h1{font-size:1.2em;margin:.2em 0}h2{font-size:1em;margin:.3em 0}
      header p{margin:.2em 0}
      main{display:flex;gap:1em;padding:0 1em}
      .side{flex:1;min-width:0}
      .text{white-space:pre-wrap;overflow-wrap:anywhere;height:75vh;overflow:auto;border:1px solid #ddd;padding:.5em}
      .psg{background:#e3efff;cursor:pointer}
      .psg.active,.active{background:#ffd54f;outline:2px solid #f9a825}
      .chg-edited.chg-start{border-left:3px solid #f0a500}
      .chg-moved.chg-start{border-left:3px solid #8e44ad}
      .chg-moved{text-decoration:underline dotted #8e44ad}
      .chg-split.chg-start,.chg-merged.chg-start{border-left:3px solid #17a2b8}
      .chg-added{background:#e6f7e6}.chg-removed{background:#fde8e8}
      .chg-repeat,.chg-boilerplate{color:#888}
      .del{background:#f8c6c6;text-decoration:line-through}.ins{background:#c8f0c8}
      .legend span{padding:0 .3em}
      """;

  private static final String SCRIPT =
      """
      document.addEventListener('click', function (ev) {
        var el = ev.target.closest('[data-k]');
        if (!el) { return; }
        var k = el.getAttribute('data-k');
        document.querySelectorAll('.active').forEach(function (x) { x.classList.remove('active'); });
        document.querySelectorAll('[data-k="' + k + '"]').forEach(function (x) { x.classList.add('active'); });
        var other = el.closest('.side').id === 'side-a' ? 'b' : 'a';
        var partner = document.getElementById(other + '-' + k)
            || document.querySelector('#side-' + other + ' [data-k="' + k + '"]');
        if (partner) { partner.scrollIntoView({block: 'center'}); }
      });
      """;
}
