package org.doppel.text;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The analysis recipe: splits a text into word tokens, folds each token for matching ({@link
 * TokenNormalizer}: NFKC, case folding, apostrophe variants), hashes it, and groups tokens into
 * paragraphs and sentences. Punctuation, quotes, dashes and white space separate tokens and are
 * otherwise ignored, so quote style and spacing never affect matching. Stateless and thread-safe;
 * build once and reuse.
 *
 * <p>Paragraphs are blocks separated by blank lines; inside a block, a new paragraph also starts at
 * an indented line (wire copy such as Reuters indents each paragraph), at every line when the block
 * is not hard-wrapped (some line longer than {@value #WRAPPED_LINE_MAX} characters), and in a block
 * of short lines after a line that ends a sentence where the next line's first word would have
 * fitted on it, or after every line when all of them end sentences (short paragraphs, one per
 * line).
 */
public final class TextAnalyzer implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Lines up to this length may be hard-wrapped parts of one paragraph. */
  public static final int WRAPPED_LINE_MAX = 160;

  /** Format version of token hashes; bump when tokenisation, folding or token hashing changes. */
  public static final int VERSION = 6;

  private static final Hasher64 HASHER = Hashing.komihash5_0();

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "inc",
          "co", "corp", "ltd", "vs", "no", "col", "lt", "sgt", "capt", "rev", "jan", "feb", "mar",
          "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "e.g", "i.e", "etc", "mt", "ft",
          "fig");

  private static final TextAnalyzer DEFAULT = new TextAnalyzer();

  private TextAnalyzer() {}

  /** The default recipe. */
  public static TextAnalyzer defaults() {
    return DEFAULT;
  }

  /** Analyses {@code text}; never fails, whatever the characters. */
  public AnalyzedText analyze(String text) {
    int n = text.length();
    // per-thread scratch arrays: a corpus is analysed without allocating them per document
    Scratch scratch = n <= Scratch.MAX_CHARS ? SCRATCH.get() : new Scratch();
    TokenBuffer tokens = new Scanner(text, scratch).scan();
    int[] starts = Arrays.copyOf(tokens.start, tokens.size);
    int[] ends = Arrays.copyOf(tokens.end, tokens.size);
    long[] hashes = Arrays.copyOf(tokens.hash, tokens.size);
    boolean[] stops = Arrays.copyOf(tokens.stopBefore, tokens.size);
    int[] breaks = ParagraphBreaks.find(text, tokens.lineBreaks, tokens.lineBreakCount);
    int[] paragraphs = paragraphTokens(breaks, starts);
    return new AnalyzedText(text, starts, ends, hashes, stops, paragraphs);
  }

  /**
   * The positions of the line-break characters of {@code text} as the scanner records them in its
   * pass over the text (for tests: they must be every {@link ParagraphBreaks#isLineBreak}).
   */
  static int[] lineBreaks(String text) {
    TokenBuffer tokens = new Scanner(text, new Scratch()).scan();
    return Arrays.copyOf(tokens.lineBreaks, tokens.lineBreakCount);
  }

  /**
   * The hash of a folded token ({@link TokenNormalizer#fold}): komihash 5.0 of its characters,
   * taken for an ASCII token of up to 16 characters as the hash of one or two longs packing its
   * bytes (little-endian, the first 8 characters in the first long; no character of a token is NUL,
   * so the packing is one-to-one), and otherwise as the hash of its UTF-16 characters. Short ASCII
   * words are most tokens, and hashing a long costs a fraction of hashing a byte sequence.
   */
  public static long tokenHash(CharSequence folded) {
    int n = folded.length();
    if (n <= 16) {
      long lo = 0;
      long hi = 0;
      for (int i = 0; i < n; i++) {
        char c = folded.charAt(i);
        if (c >= 0x80) {
          return HASHER.hashCharsToLong(folded);
        }
        if (i < 8) {
          lo |= (long) c << (i << 3);
        } else {
          hi |= (long) c << ((i - 8) << 3);
        }
      }
      return packedHash(lo, hi, n);
    }
    return HASHER.hashCharsToLong(folded);
  }

  /**
   * The hash of an ASCII token of {@code n <= 16} characters packed into {@code lo} and {@code hi}.
   */
  private static long packedHash(long lo, long hi, int n) {
    return n <= 8 ? HASHER.hashLongToLong(lo) : HASHER.hashLongLongToLong(lo, hi);
  }

  /**
   * Whether {@code text} holds at least one token: a letter or digit (ideographs are letters too; a
   * combining mark only continues a word, except in the scripts whose every character is a token).
   * A text without one (blank, or punctuation and symbols only, "!!!") has nothing to match on.
   */
  public static boolean hasWords(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (isWordChar(cp) && (!isMark(cp) || isIdeograph(cp))) {
        return true; // as the tokenizer: a mark starts no word, but a Thai mark is a token
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** True for characters that make up words: letters, digits and combining marks. */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return ASCII_WORD[cp];
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Whether {@code c} is a kana sound mark, combining or half-width ({@code soundMarksAfter}). */
  private static boolean isSoundMark(int c) {
    return c == '\u3099' || c == '\u309A' || c == '\uFF9E' || c == '\uFF9F';
  }

  /** Whether {@code cp} is a combining mark (variation selectors among them). */
  static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static final boolean[] ASCII_WORD = new boolean[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  /**
   * Characters that are each a token of their own: CJK ideographs and kana, and the letters, marks
   * and digits of the scripts written without spaces between words (Thai, Lao, Myanmar, Khmer),
   * where a run between spaces is a whole phrase: as one token, a one-word edit would change every
   * shingle of the phrase.
   */
  private static boolean isIdeograph(int cp) {
    if (cp < 0x0E00) {
      return false;
    }
    if (cp <= 0x0EFF || (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF)) {
      return isWordChar(cp); // Thai, Lao; Myanmar; Khmer
    }
    return cp >= 0x2E80 && (Character.isIdeographic(cp) || isKana(cp));
  }

  private static boolean isKana(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
  }

  /** Paragraph boundaries as token indices: paragraph p holds tokens [r[p], r[p+1]). */
  private static int[] paragraphTokens(int[] breaks, int[] starts) {
    // breaks: sorted character positions at which a new paragraph starts
    int[] out = new int[Math.min(breaks.length, starts.length) + 2];
    int count = 0;
    if (starts.length > 0) {
      out[count++] = 0;
    }
    int b = 0;
    for (int t = 1; t < starts.length; t++) {
      boolean newParagraph = false;
      while (b < breaks.length && breaks[b] <= starts[t]) {
        if (breaks[b] > starts[t - 1]) {
          newParagraph = true;
        }
        b++;
      }
      if (newParagraph) {
        if (count == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[count++] = t;
      }
    }
    if (count == out.length) {
      out = Arrays.copyOf(out, out.length + 1);
    }
    out[count++] = starts.length;
    return Arrays.copyOf(out, count);
  }

  static int[] sentenceTokens(
      String text, int[] starts, int[] ends, boolean[] stopBefore, int[] paragraphs) {
    int[] out = new int[Math.max(2, starts.length / 8 + paragraphs.length + 1)];
    int count = 0;
    if (starts.length == 0) {
      return new int[] {0};
    }
    int p = 1;
    out[count++] = 0;
    for (int t = 1; t < starts.length; t++) {
      boolean cut = false;
      if (p < paragraphs.length && paragraphs[p] == t) {
        cut = true;
        p++;
      } else if (stopBefore[t]
          && !isAbbreviation(text, starts[t - 1], ends[t - 1])
          && !Character.isLowerCase(text.codePointAt(starts[t]))) {
        cut = true;
      }
      if (cut) {
        if (count == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[count++] = t;
      }
    }
    if (count == out.length) {
      out = Arrays.copyOf(out, out.length + 1);
    }
    out[count++] = starts.length;
    return Arrays.copyOf(out, count);
  }

  /**
   * Whether the characters {@code text[gapStart, gapEnd)} between two words hold sentence-ending
   * punctuation: {@code .}, {@code !}, {@code ?} or their ideographic and full-width forms, but not
   * a decimal point (a {@code .} between two digits, {@code 2.5}). An analysed text has the answer
   * for every gap between its tokens already ({@link AnalyzedText#stopBefore}).
   */
  public static boolean endsSentence(String text, int gapStart, int gapEnd) {
    for (int i = gapStart; i < gapEnd; i++) {
      char c = text.charAt(i);
      if (isStop(c)
          && !(c == '.'
              && isDecimalPoint(
                  i > 0 ? text.charAt(i - 1) : ' ',
                  i + 1 < text.length() ? text.charAt(i + 1) : ' '))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a {@code .} between the characters {@code before} and {@code after} (a space where the
   * text starts or ends) is the point of a decimal number ("2.5 billion", "priced at 99.726"),
   * which ends no sentence: both are digits. Cut there, the words before the number would make a
   * sentence of their own that every notice written to one template shares, whatever its figures.
   */
  private static boolean isDecimalPoint(char before, char after) {
    return isDigit(before) && isDigit(after);
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 0x80 && Character.isDigit(c));
  }

  /**
   * Sentence-ending punctuation: {@code .}, {@code !}, {@code ?} and their ideographic and
   * full-width forms.
   */
  private static boolean isStop(int c) {
    return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
  }

  private static boolean isAbbreviation(String text, int start, int end) {
    if (end - start == 1 && Character.isUpperCase(text.charAt(start))) {
      return true; // an initial: J. Smith
    }
    return end - start <= 5
        && ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "TextAnalyzer(v" + VERSION + ": words+apostrophes, NFKC, casefold, komihash5_0)";
  }

  private Object readResolve() {
    return DEFAULT;
  }

  /**
   * One pass over one text. The loop in {@link #scan} handles ASCII, which is most text, and hands
   * every other character to {@link #other}; keeping the rare paths out of the loop keeps the JIT's
   * compiled loop small, so that a rare character seen late costs a cheap recompilation.
   */
  private static final class Scanner {
    private final String text;
    private final char[] chars;
    private final int length;
    private final TokenBuffer tokens;
    private final StringBuilder folded;

    /** Start of the current token, or -1 between tokens. */
    private int start = -1;

    /** Whether the current token is plain ASCII so far. */
    private boolean ascii;

    /**
     * Whether the current token holds a non-ASCII apostrophe that folds to {@code '} on its own
     * ({@link TokenNormalizer#foldsToApostropheAlone}): with only ASCII otherwise, it takes a fast
     * path too.
     */
    private boolean apostrophes;

    /** Whether sentence-ending punctuation ({@link #isStop}) came since the last token. */
    private boolean stop;

    Scanner(String text, Scratch scratch) {
      this.text = text;
      this.length = text.length();
      this.chars = scratch.chars(length);
      text.getChars(0, length, chars, 0);
      this.tokens = scratch.tokens;
      tokens.size = 0;
      tokens.lineBreakCount = 0;
      this.folded = scratch.folded;
    }

    TokenBuffer scan() {
      char[] c = chars;
      int n = length;
      int i = 0;
      while (i < n) {
        char ch = c[i];
        if (ch < 0x80 && ASCII_WORD[ch]) {
          // letters and digits extend a token
          if (start < 0) {
            start = i;
            ascii = true;
            apostrophes = false;
          }
          i++;
        } else if (ch < 0x80 && (start < 0 || (ch != '\'' && ch != '`'))) {
          // other ASCII ends a token
          if (start >= 0) {
            end(i);
          }
          if (ch <= '\r' && ch >= '\n') {
            tokens.lineBreak(i); // \n, vertical tab, form feed, \r
          } else if ((ch == '.'
                  && !isDecimalPoint(i > 0 ? c[i - 1] : ' ', i + 1 < n ? c[i + 1] : ' '))
              || ch == '!'
              || ch == '?') {
            stop = true;
          }
          i++;
        } else {
          i = other(i);
        }
      }
      if (start >= 0) {
        end(n);
      }
      return tokens;
    }

    /** Handles the non-ASCII character (or in-word apostrophe) at {@code i}; returns the next. */
    private int other(int i) {
      int n = length;
      int cp = Character.isSurrogate(chars[i]) ? text.codePointAt(i) : chars[i];
      int len = Character.charCount(cp);
      if (isIdeograph(cp)) {
        if (start >= 0) {
          end(i);
        }
        int to = cp >= 0x2E80 ? soundMarksAfter(i + len) : i + len;
        tokens.add(text, i, to, folded, stop);
        stop = false;
        return to;
      } else if (isWordChar(cp)) {
        if (start < 0) {
          if (isMark(cp)) {
            return i + len; // a mark starts no word: U+FE0F after an emoji, a stray accent
          }
          start = i;
        }
        ascii = false;
      } else if (start >= 0
          && TokenNormalizer.isApostrophe(cp)
          && i + len < n
          && isWordChar(text.codePointAt(i + len))) {
        // an apostrophe inside a word stays in it: don't, Hewitt's, it\u2019s
        if (cp >= 0x80) {
          if (TokenNormalizer.foldsToApostropheAlone(cp)) {
            apostrophes = true;
          } else {
            ascii = false;
          }
        }
      } else if (Character.getType(cp) == Character.FORMAT) {
        // an invisible format character (a soft hyphen, a zero-width space or joiner, a direction
        // mark) neither starts nor ends a word, and folding drops it: "co\u00ADoperation" and
        // "co\u200Boperation" are the word "cooperation", as a reader sees them
        if (start >= 0) {
          ascii = false;
        }
        return i + len;
      } else if (start >= 0) {
        end(i);
      }
      if (cp == '\u2028' || cp == '\u2029') {
        tokens.lineBreak(i);
      } else if (isStop(cp)) {
        stop = true; // a stop is no word character: the token before it has ended
      }
      return i + len;
    }

    /**
     * Where the voiced and semi-voiced sound marks after a kana or ideograph at {@code from} end:
     * combining (U+3099, U+309A, as in decomposed text, NFD) or half-width (U+FF9E, U+FF9F). They
     * belong to the character before them, whose token they join, so that its folded form (NFKC) is
     * the composed kana: \u304B\u3099 and \uFF76\uFF9E fold to \u304C and \u30AC as the precomposed
     * characters do; a sound mark cut off from its kana would make another word.
     */
    private int soundMarksAfter(int from) {
      int j = from;
      while (j < length && isSoundMark(chars[j])) {
        j++;
      }
      return j;
    }

    /** Ends the current token at {@code end}. */
    private void end(int end) {
      if (ascii) {
        tokens.addFast(chars, start, end, apostrophes, stop);
      } else {
        tokens.add(text, start, end, folded, stop);
      }
      start = -1;
      stop = false;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** Working arrays of one thread's analyses, reused from text to text. */
  private static final class Scratch {
    /** Texts longer than this get arrays of their own, so no thread holds on to huge ones. */
    static final int MAX_CHARS = 1 << 20;

    private char[] chars = new char[1024];
    final TokenBuffer tokens = new TokenBuffer(256);
    final StringBuilder folded = new StringBuilder(32);

    char[] chars(int length) {
      if (chars.length < length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      return chars;
    }
  }

  /**
   * Growable parallel arrays of token spans, hashes and whether sentence-ending punctuation came
   * before each ({@link AnalyzedText#stopBefore}), and the positions of the line-break characters
   * ({@link ParagraphBreaks#isLineBreak}) met on the way.
   */
  private static final class TokenBuffer {
    int[] start;
    int[] end;
    long[] hash;
    boolean[] stopBefore;
    int size;
    int[] lineBreaks = new int[64];
    int lineBreakCount;

    void lineBreak(int at) {
      if (lineBreakCount == lineBreaks.length) {
        lineBreaks = Arrays.copyOf(lineBreaks, lineBreakCount * 2);
      }
      lineBreaks[lineBreakCount++] = at;
    }

    TokenBuffer(int capacity) {
      start = new int[capacity];
      end = new int[capacity];
      hash = new long[capacity];
      stopBefore = new boolean[capacity];
    }

    /** Folded UTF-16LE bytes of a long ASCII token: hashes like the folded chars themselves. */
    private byte[] bytes = new byte[64];

    /**
     * Adds the token {@code chars[from, to)} of ASCII, and with {@code apostrophes} also of
     * apostrophes that fold to {@code '} ({@link TokenNormalizer#foldsToApostropheAlone}):
     * lower-cased and, with {@code apostrophes}, every apostrophe (with {@code `}) made {@code '},
     * exactly as {@link TokenNormalizer#fold} folds such a token, then hashed as {@link #tokenHash}
     * hashes the folded token, without building it: packed into longs up to 16 characters, else as
     * UTF-16LE bytes (komihash of a char sequence is komihash of its UTF-16LE bytes). {@code stop}
     * says whether sentence-ending punctuation came since the token before.
     */
    void addFast(char[] chars, int from, int to, boolean apostrophes, boolean stop) {
      grow();
      int n = to - from;
      long h;
      if (n <= 16 && !apostrophes) {
        // the token's characters are ASCII letters, digits, ' and `: setting bit 0x20 lower-cases
        // the letters and leaves the others as they are, as fastFold(c, false) does
        int split = Math.min(n, 8);
        long lo = 0;
        for (int i = 0; i < split; i++) {
          lo |= (long) (chars[from + i] | 0x20) << (i << 3);
        }
        long hi = 0;
        for (int i = split; i < n; i++) {
          hi |= (long) (chars[from + i] | 0x20) << ((i - 8) << 3);
        }
        h = packedHash(lo, hi, n);
      } else if (n <= 16) {
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < n; i++) {
          long c = fastFold(chars[from + i], true);
          if (i < 8) {
            lo |= c << (i << 3);
          } else {
            hi |= c << ((i - 8) << 3);
          }
        }
        h = packedHash(lo, hi, n);
      } else {
        int length = n * 2;
        if (length > bytes.length) {
          bytes = new byte[Math.max(length, bytes.length * 2)];
        }
        byte[] b = bytes;
        for (int i = from, k = 0; i < to; i++, k += 2) {
          b[k] = (byte) fastFold(chars[i], apostrophes);
          b[k + 1] = 0;
        }
        h = HASHER.hashBytesToLong(b, 0, length);
      }
      start[size] = from;
      end[size] = to;
      hash[size] = h;
      stopBefore[size] = stop;
      size++;
    }

    /** One character of a token that takes the fast path, folded. */
    private static char fastFold(char c, boolean apostrophes) {
      if (c >= 'A' && c <= 'Z') {
        return (char) (c + 32);
      }
      if (apostrophes && (c == '`' || c >= 0x80)) {
        return '\''; // the only non-ASCII characters here are apostrophes
      }
      return c;
    }

    private void grow() {
      if (size == hash.length) {
        int cap = size * 2;
        start = Arrays.copyOf(start, cap);
        end = Arrays.copyOf(end, cap);
        hash = Arrays.copyOf(hash, cap);
        stopBefore = Arrays.copyOf(stopBefore, cap);
      }
    }

    /** Adds the token {@code text[from, to)}, folded and hashed; {@code stop} as in addFast. */
    void add(String text, int from, int to, StringBuilder folded, boolean stop) {
      grow();
      folded.setLength(0);
      TokenNormalizer.fold(text, from, to, folded);
      start[size] = from;
      end[size] = to;
      hash[size] = tokenHash(folded);
      stopBefore[size] = stop;
      size++;
    }
  }
}
