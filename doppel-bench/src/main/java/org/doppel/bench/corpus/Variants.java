package org.doppel.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The ways a generated document derives from its cluster's original. Each keeps most of the
 * original, so that the truth ("same cluster") is a claim a reader would agree with.
 */
final class Variants {

  /** Kinds of derived documents and their share among derived documents, in percent. */
  enum Kind {
    /** The same text, byte for byte. */
    EXACT("exact", 20),
    /** Paragraphs removed (up to 20%), added (up to about 20%) and edited (a quarter). */
    VERSION("version", 35),
    /** The text wrapped in a site template (header, byline, share prompts, comment form). */
    REPRINT("reprint", 30),
    /** At least 80% of the original's paragraphs, contiguous, inside a longer same-topic page. */
    EXCERPT_PAGE("excerpt-page", 15);

    final String label;
    final int percent;

    Kind(String label, int percent) {
      this.label = label;
      this.percent = percent;
    }

    static Kind pick(SplittableRandom rnd) {
      int r = rnd.nextInt(100);
      for (Kind k : values()) {
        r -= k.percent;
        if (r < 0) {
          return k;
        }
      }
      return EXACT;
    }
  }

  private final TopicPool pool;

  Variants(TopicPool pool) {
    this.pool = pool;
  }

  List<String> derive(Kind kind, List<String> original, String topic, SplittableRandom rnd) {
    return switch (kind) {
      case EXACT -> original;
      case VERSION -> version(original, topic, rnd);
      case REPRINT -> SiteTemplates.wrap(rnd.nextInt(SiteTemplates.count()), original, rnd);
      case EXCERPT_PAGE -> excerptPage(original, topic, rnd);
    };
  }

  private List<String> version(List<String> original, String topic, SplittableRandom rnd) {
    int n = original.size();
    int maxRemoved = n / 5;
    int removed = 0;
    boolean changed = false;
    List<String> out = new ArrayList<>(n + 4);
    for (String p : original) {
      if (removed < maxRemoved && rnd.nextInt(100) < 15) {
        removed++;
        changed = true;
        continue;
      }
      if (rnd.nextInt(4) == 0) {
        out.add(edit(p, topic, rnd));
        changed = true;
      } else {
        out.add(p);
      }
    }
    int chars = 0;
    for (String p : original) {
      chars += p.length();
    }
    int budget = chars / 5;
    while (budget > 0 && rnd.nextInt(3) > 0) {
      String added = pool.paragraph(topic, 1, 3, rnd);
      if (added.length() > budget) {
        break;
      }
      budget -= added.length();
      out.add(rnd.nextInt(out.size() + 1), added);
      changed = true;
    }
    if (!changed) {
      int i = rnd.nextInt(out.size());
      out.set(i, edit(out.get(i), topic, rnd));
    }
    return out;
  }

  /** About one word in twelve replaced, deleted or doubled; at least one change. */
  private String edit(String paragraph, String topic, SplittableRandom rnd) {
    String[] words = Paragraphs.words(paragraph);
    StringBuilder sb = new StringBuilder(paragraph.length() + 16);
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      boolean last = i == words.length - 1 && !changed;
      if (last || rnd.nextInt(12) == 0) {
        changed = true;
        switch (rnd.nextInt(3)) {
          case 0 -> append(sb, pool.word(topic, rnd));
          case 1 -> {
            if (words.length == 1) {
              append(sb, words[i]);
              append(sb, pool.word(topic, rnd));
            }
          }
          default -> {
            append(sb, words[i]);
            append(sb, words[i]);
          }
        }
      } else {
        append(sb, words[i]);
      }
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, String word) {
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(word);
  }

  private List<String> excerptPage(List<String> original, String topic, SplittableRandom rnd) {
    int n = original.size();
    int keep = (int) Math.ceil(n * 0.8) + rnd.nextInt(n - (int) Math.ceil(n * 0.8) + 1);
    int from = rnd.nextInt(n - keep + 1);
    List<String> out = new ArrayList<>(keep + 6);
    int before = 1 + rnd.nextInt(3);
    for (int i = 0; i < before; i++) {
      out.add(pool.paragraph(topic, 2, 5, rnd));
    }
    out.addAll(original.subList(from, from + keep));
    int after = 1 + rnd.nextInt(3);
    for (int i = 0; i < after; i++) {
      out.add(pool.paragraph(topic, 2, 5, rnd));
    }
    return out;
  }
}
