package org.doppel.bench.limit;

/**
 * The cheapest tokeniser that still does the job: letter-or-digit runs, lower-cased char by char
 * (ASCII fast path), each token hashed while it is scanned, 5-word shingles hashed from a ring of
 * token hashes. No String, no allocation per token.
 */
public final class PlainShingles {

  private PlainShingles() {}

  /**
   * Writes the hashes of the {@code k}-word shingles of {@code text} into {@code out} (at least
   * {@code text.length() + 1} long) and returns how many; a text of fewer than k words gives one
   * shingle of all its words, none if it has no word.
   */
  public static int hash(String text, int k, long[] out) {
    long[] ring = new long[k];
    int tokens = 0;
    int count = 0;
    long h = 0xCBF29CE484222325L;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      boolean word;
      if (c < 0x80) {
        word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
      } else {
        word = Character.isLetterOrDigit(c);
        c = Character.toLowerCase(c);
      }
      if (word) {
        h = (h ^ c) * 0x100000001B3L;
        inWord = true;
      } else if (inWord) {
        ring[tokens % k] = mix(h);
        tokens++;
        if (tokens >= k) {
          out[count++] = shingle(ring, tokens, k);
        }
        h = 0xCBF29CE484222325L;
        inWord = false;
      }
    }
    if (tokens > 0 && tokens < k) {
      out[count++] = shingle(ring, tokens, tokens);
    }
    return count;
  }

  private static long shingle(long[] ring, int tokens, int k) {
    long s = 0x2545F4914F6CDD1DL + k;
    for (int j = tokens - k; j < tokens; j++) {
      s = Long.rotateLeft((s ^ ring[j % ring.length]) * 0x9E3779B97F4A7C15L, 29);
    }
    return mix(s);
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
