package org.doppel.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doppel.CompareResult;
import org.doppel.align.Passage;
import org.doppel.diff.Change;
import org.doppel.diff.WordEdit;
import org.doppel.text.Span;

/**
 * The JSON form of a {@link CompareResult}. The {@code "format"} field names the version of this
 * layout; fields are only ever added within a version.
 */
public final class JsonReport {

  /** The current format version. */
  public static final String FORMAT = "doppel-compare/1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonReport() {}

  /** The result as a JSON tree. */
  public static ObjectNode tree(CompareResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.putObject("a").put("id", r.aId()).put("length", r.aLength());
    root.putObject("b").put("id", r.bId()).put("length", r.bLength());
    root.put("jaccard", r.scores().jaccard());
    root.put("containment_a_in_b", r.scores().containmentAInB());
    root.put("containment_b_in_a", r.scores().containmentBInA());
    root.put("relation", r.relation().label());
    root.put("shared_shingles", r.scores().shared());
    root.putObject("figures")
        .put("a", r.figures().a())
        .put("b", r.figures().b())
        .put("shared", r.figures().shared())
        .put("differ", r.figures().differ());
    ArrayNode passages = root.putArray("passages");
    for (Passage p : r.passages()) {
      ObjectNode n = passages.addObject();
      spans(n, p.a(), p.b());
      n.put("score", Math.round(p.score() * 10000) / 10000.0);
    }
    ArrayNode changes = root.putArray("changes");
    for (Change c : r.changes()) {
      ObjectNode n = changes.addObject();
      n.put("type", c.type());
      spans(n, c.a(), c.b());
      if (c instanceof Change.Split sp) {
        n.put("parts", sp.parts());
        n.put("moved", sp.moved());
      } else if (c instanceof Change.Merged mg) {
        n.put("parts", mg.parts());
        n.put("moved", mg.moved());
      }
      if (!c.edits().isEmpty()) {
        ArrayNode edits = n.putArray("edits");
        for (WordEdit e : c.edits()) {
          ObjectNode en = edits.addObject();
          en.put("type", e.kind().label());
          spans(en, e.a(), e.b());
        }
      }
    }
    return root;
  }

  /** The result as one line of JSON. */
  public static String line(CompareResult r) {
    return tree(r).toString();
  }

  /** The result as indented JSON. */
  public static String pretty(CompareResult r) {
    return tree(r).toPrettyString();
  }

  private static void spans(ObjectNode n, Span a, Span b) {
    if (a == null) {
      n.putNull("a_start").putNull("a_end");
    } else {
      n.put("a_start", a.start()).put("a_end", a.end());
    }
    if (b == null) {
      n.putNull("b_start").putNull("b_end");
    } else {
      n.put("b_start", b.start()).put("b_end", b.end());
    }
  }
}
