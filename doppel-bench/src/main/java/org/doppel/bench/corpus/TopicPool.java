package org.doppel.bench.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sentences of the real articles grouped by topic, for new same-topic text: collage documents
 * (unrelated articles on the same topic once the real ones are used up), added paragraphs, and the
 * surrounding text of excerpt pages. Topics with fewer than {@value #MIN_SENTENCES} sentences join
 * their source's pool.
 */
final class TopicPool {

  static final int MIN_SENTENCES = 200;

  private final Map<String, String[]> sentences = new HashMap<>();

  TopicPool(List<SourceText> texts) {
    Map<String, List<String>> byTopic = new HashMap<>();
    for (SourceText t : texts) {
      List<String> list = byTopic.computeIfAbsent(key(t), k -> new ArrayList<>());
      for (String p : t.paragraphs()) {
        for (String s : Paragraphs.sentences(p)) {
          if (Paragraphs.wordCount(s) >= 4) {
            list.add(s);
          }
        }
      }
    }
    Map<String, List<String>> bySource = new HashMap<>();
    for (Map.Entry<String, List<String>> e : byTopic.entrySet()) {
      if (e.getValue().size() < MIN_SENTENCES) {
        String source = e.getKey().substring(0, e.getKey().indexOf('/'));
        bySource.computeIfAbsent(source, k -> new ArrayList<>()).addAll(e.getValue());
      } else {
        sentences.put(e.getKey(), e.getValue().toArray(String[]::new));
      }
    }
    for (Map.Entry<String, List<String>> e : bySource.entrySet()) {
      sentences.put(e.getKey() + "/", e.getValue().toArray(String[]::new));
    }
  }

  private static String key(SourceText t) {
    return t.source() + "/" + t.topic();
  }

  /** The pool key of a text's topic. */
  String topicOf(SourceText t) {
    String k = key(t);
    return sentences.containsKey(k) ? k : t.source() + "/";
  }

  /** A new paragraph of {@code min..max} random sentences of the topic. */
  String paragraph(String topic, int min, int max, SplittableRandom rnd) {
    String[] pool = sentences.get(topic);
    int n = min + rnd.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder(n * 120);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(pool[rnd.nextInt(pool.length)]);
    }
    return sb.toString();
  }

  /** A new document of about {@code chars} characters: paragraphs of 2 to 5 sentences. */
  List<String> collage(String topic, int chars, SplittableRandom rnd) {
    List<String> out = new ArrayList<>();
    int length = 0;
    while (length < chars) {
      String p = paragraph(topic, 2, 5, rnd);
      out.add(p);
      length += p.length() + 2;
    }
    return out;
  }

  /** A random word of the topic, for edits. */
  String word(String topic, SplittableRandom rnd) {
    String[] pool = sentences.get(topic);
    String[] words = Paragraphs.words(pool[rnd.nextInt(pool.length)]);
    return words[rnd.nextInt(words.length)];
  }
}
