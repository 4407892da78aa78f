package org.doppel.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds one token for matching: invisible format characters dropped (a soft hyphen, a zero-width
 * space), Unicode NFKC, full case folding (approximated by upper- then lower-casing in {@link
 * Locale#ROOT}, which maps {@code ß} to {@code ss}), and every apostrophe or single-quote variant
 * to {@code '}. ASCII tokens take an allocation-free fast path.
 */
public final class TokenNormalizer {

  private TokenNormalizer() {}

  /**
   * Appends the folded form of {@code text[start, end)} to {@code out}.
   *
   * @param text the original text
   * @param start first character of the token
   * @param end end of the token, exclusive
   * @param out receives the folded characters
   */
  public static void fold(CharSequence text, int start, int end, StringBuilder out) {
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      }
      return;
    }
    String s = text.subSequence(start, end).toString();
    s = withoutFormatCharacters(s);
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isApostrophe(c)) {
        out.append('\'');
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
  }

  /**
   * {@code s} without its invisible format characters (category Cf: soft hyphen, zero-width space,
   * joiner and non-joiner, direction marks, a byte-order mark inside the text), which a reader does
   * not see in a word.
   */
  static String withoutFormatCharacters(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.getType(cp) == Character.FORMAT) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (sb != null) {
        sb.appendCodePoint(cp);
      }
      i += len;
    }
    return sb == null ? s : sb.toString();
  }

  /** The folded form of a whole token, as a new string. */
  public static String fold(CharSequence token) {
    StringBuilder sb = new StringBuilder(token.length());
    fold(token, 0, token.length(), sb);
    return sb.toString();
  }

  /**
   * True for the non-ASCII apostrophes that {@link #fold} turns into {@code '} whatever surrounds
   * them (NFKC leaves them be or makes them {@code '}, and case mapping does not touch them): a
   * token of ASCII and these folds by lower-casing and replacing them. Not U+00B4, which NFKC
   * decomposes.
   */
  static boolean foldsToApostropheAlone(int c) {
    return c == '\u2019'
        || c == '\u2018'
        || c == '\u02BC'
        || c == '\u02B9'
        || c == '\u2032'
        || c == '\uFF07';
  }

  /** True for the apostrophe and single-quote variants that fold to {@code '}. */
  public static boolean isApostrophe(int c) {
    return c == '\''
        || c == '\u2019'
        || c == '\u2018'
        || c == '\u02BC'
        || c == '\u02B9'
        || c == '\u2032'
        || c == '\uFF07'
        || c == '`'
        || c == '\u00B4';
  }
}
