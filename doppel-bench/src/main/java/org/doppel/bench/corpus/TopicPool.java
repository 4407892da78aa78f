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
 * their source's pool: two collages of k sentences from a pool of P share about k²/P sentences, and
 * small pools made unrelated collages overlap by 10-30% of their shingles, far more than unrelated
 * news does.
 */
final class TopicPool {

  static final int MIN_SENTENCES = 20_000;

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

  /**
   * A new paragraph of {@code min..max} random sentences of the topic, each with every third word
   * (from a random offset) replaced by a random word of the topic. Every 5-word window then holds a
   * replaced word, so a collage shares no 5-word shingle with the article a sentence came from, nor
   * with other collages that drew the same sentence, beyond chance; the words, their frequencies
   * and the sentence lengths stay those of real text on the topic.
   */
  String paragraph(String topic, int min, int max, SplittableRandom rnd) {
    String[] pool = sentences.get(topic);
    int n = min + rnd.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder(n * 120);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      String[] words = Paragraphs.words(pool[rnd.nextInt(pool.length)]);
      int offset = rnd.nextInt(3);
      for (int w = 0; w < words.length; w++) {
        if (w > 0) {
          sb.append(' ');
        }
        sb.append(w % 3 == offset ? word(topic, rnd) : words[w]);
      }
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
    String s = pool[rnd.nextInt(pool.length)];
    int at = rnd.nextInt(s.length());
    int from = s.lastIndexOf(' ', at) + 1;
    int to = s.indexOf(' ', at);
    if (to < 0) {
      to = s.length();
    }
    return from < to
        ? s.substring(from, to)
        : s.substring(0, Math.max(1, s.indexOf(' ') < 0 ? s.length() : s.indexOf(' ')));
  }
}
