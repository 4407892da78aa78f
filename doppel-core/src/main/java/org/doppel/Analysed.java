package org.doppel;

import java.util.Arrays;
import java.util.function.LongPredicate;
import org.doppel.cluster.VocabularyAttach;
import org.doppel.internal.LongArrayStore;
import org.doppel.internal.LongHashSet;
import org.doppel.internal.LongIntHashMap;
import org.doppel.internal.LongScratch;
import org.doppel.lsh.PassageFingerprints;
import org.doppel.shingle.ShingleSet;
import org.doppel.shingle.Shingler;
import org.doppel.sketch.SketchPolicy;
import org.doppel.text.AnalyzedText;
import org.doppel.text.Document;
import org.doppel.text.Mix;
import org.doppel.text.Span;
import org.doppel.text.TextAnalyzer;

/**
 * What {@link Dedup} keeps of one document: first its paragraph hashes and raw shingles, then, once
 * boilerplate is known, its sorted shingle set and sketch. Shingle arrays live in a {@link
 * LongArrayStore}, so the heap holds a fixed amount per document. Mutable, owned by one run.
 */
final class Analysed {

  /** Passages longer than this are reported by their start only. */
  static final int SAMPLE_CHARS = 600;

  final String id;

  /** The document's date as given (ISO-8601), or null without one. */
  final String date;

  final long characters;
  final int words;

  /** Distinct paragraph hashes, in first-occurrence order, and their token counts. */
  final long[] distinctHashes;

  final int[] distinctTokens;

  /**
   * Per distinct paragraph, whether it looks like site chrome ({@link AnalyzedText#isSiteChrome}),
   * or null when none does: a page of nothing but chrome is no passage printed on its own
   * (boilerplate.BoilerplateDetector).
   */
  final boolean[] distinctChrome;

  /** Per paragraph (in text order): its hash and the end of its shingles in the raw array. */
  private long[] paragraphHash;

  private int[] shingleEnd;
  private long rawHandle;
  private int rawLength;
  private AnalyzedText text;

  /** The shingle set: handle in the store, size, and an order-independent content hash. */
  long setHandle;

  int setSize;

  /**
   * Words of the distinct paragraphs outside boilerplate (set by {@link #finish}): what {@code
   * --keep longest} compares, so that a copy wrapped in site chrome is not the longest.
   */
  int contentWords;

  long setHash;

  /**
   * The sketch; null for an empty set and for an exact copy of an earlier document ({@link
   * #exactCopy}), whose sketch candidate generation never reads (it takes the first of each group
   * of identical sets).
   */
  int[] sketch;

  /**
   * Whether an earlier document has the same {@link #contentHash} (the same distinct paragraphs in
   * order), so the same shingle set: set while collecting, before {@link #finish}.
   */
  boolean exactCopy;

  /**
   * Sorted hashes of the anchor paragraphs ({@link Shingler#anchorParagraphs}), boilerplate left
   * out.
   */
  long[] anchors;

  /**
   * Winnowed fingerprints of the shingle sequence, boilerplate left out ({@link
   * org.doppel.lsh.PassageFingerprints}), from {@link #finish} until candidate search; null when
   * the passage search is off or the document is an exact copy.
   */
  int[] passages;

  /**
   * Hashes of the anchor sentences ({@link Shingler#anchorSentences}) with the index of their
   * paragraph until {@link #finish}; then sorted, distinct and without boilerplate.
   */
  long[] sentences;

  private int[] sentenceParagraph;

  /**
   * Hashes of the figures in the text ({@link Figures#add(String, int, int, int)}) with the index
   * of their paragraph until {@link #finish}; then sorted, distinct and without boilerplate.
   */
  long[] figures;

  private int[] figureParagraph;

  /**
   * The vocabulary ({@link VocabularyAttach#profile}) in the store, when clustering attaches by
   * vocabulary (else its length is 0 and the handle unused).
   */
  private long vocabularyHandle;

  private int vocabularyLength;

  /**
   * The vocabulary as analysed, until {@link #takeVocabulary} counts it (the store is unsealed).
   */
  private long[] freshVocabulary;

  private Analysed(
      Document doc,
      AnalyzedText text,
      Shingler shingler,
      LongArrayStore store,
      boolean vocabulary) {
    this.id = doc.id();
    this.date = doc.date();
    this.characters = doc.text().length();
    this.words = text.tokenCount();
    this.text = text;
    int paragraphs = text.paragraphCount();
    paragraphHash = new long[paragraphs];
    shingleEnd = new int[paragraphs];
    int total = 0;
    for (int p = 0; p < paragraphs; p++) {
      total += shingler.count(text, p);
    }
    long[] shingles = new long[total];
    int at = 0;
    LongIntHashMap seen = new LongIntHashMap(Math.max(4, paragraphs));
    long[] hashes = new long[paragraphs];
    int[] tokens = new int[paragraphs];
    boolean[] chrome = new boolean[paragraphs];
    boolean anyChrome = false;
    int distinct = 0;
    for (int p = 0; p < paragraphs; p++) {
      long h = text.paragraphHash(p);
      paragraphHash[p] = h;
      at += shingler.paragraphShingles(text, p, shingles, at);
      shingleEnd[p] = at;
      if (seen.add(h, 1) == 1) {
        hashes[distinct] = h;
        tokens[distinct] = text.paragraphEndToken(p) - text.paragraphFirstToken(p);
        chrome[distinct] = text.isSiteChrome(p);
        anyChrome |= chrome[distinct];
        distinct++;
      }
    }
    distinctHashes = Arrays.copyOf(hashes, distinct);
    distinctTokens = Arrays.copyOf(tokens, distinct);
    distinctChrome = anyChrome ? Arrays.copyOf(chrome, distinct) : null; // most pages have none
    anchors = Shingler.anchorParagraphs(text, h -> false);
    long[] sentenceHash = new long[text.tokenCount() / Shingler.ANCHOR_WORDS + 1];
    int[] sentenceIn = new int[sentenceHash.length];
    int found = Shingler.anchorSentences(text, sentenceHash, sentenceIn);
    sentences = Arrays.copyOf(sentenceHash, found);
    sentenceParagraph = Arrays.copyOf(sentenceIn, found);
    Figures f = scanFigures(text);
    figures = Arrays.copyOf(f.hashes, f.count);
    figureParagraph = Arrays.copyOf(f.paragraphs, f.count);
    rawLength = total;
    rawHandle = store.put(shingles, total);
    if (vocabulary) {
      long[] profile = VocabularyAttach.profile(text);
      vocabularyLength = profile.length;
      vocabularyHandle = store.put(profile, profile.length);
      freshVocabulary = profile;
    }
  }

  /** Figure hashes in text order, repeats included, with the paragraph of each. */
  private static final class Figures {
    long[] hashes = new long[8];
    int[] paragraphs = new int[8];
    int count;

    void add(long hash, int paragraph) {
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
        paragraphs = Arrays.copyOf(paragraphs, count * 2);
      }
      hashes[count] = hash;
      paragraphs[count++] = paragraph;
    }

    /**
     * Adds the figure that starts at {@code text[start]} (a digit) and ends before {@code to} at
     * the latest: decimal digits ({@link #figureChar}) with single {@code . , / - :} between them
     * ("2.5", "6-3/16", "1,229", "17:58"), and, for a range of 3-digit or longer groups
     * ("1842-1910", "209-736-2236"), its groups as well, so that "1842 to 1910" meets it. Returns
     * where it ends.
     */
    int add(String text, int start, int to, int paragraph) {
      int j = start;
      while (j < to) {
        char c = figureChar(text.charAt(j));
        boolean inner =
            (c == '.' || c == ',' || c == '/' || c == '-' || c == ':')
                && j + 1 < to
                && isDigit(text.charAt(j + 1));
        if (!isDigit(c) && !inner) {
          break;
        }
        j++;
      }
      add(figureHash(text, start, j), paragraph);
      if (isRange(text, start, j)) {
        for (int k = start; k < j; ) {
          int e = k;
          while (e < j && figureChar(text.charAt(e)) != '-') {
            e++;
          }
          add(figureHash(text, k, e), paragraph);
          k = e + 1;
        }
      }
      return j;
    }
  }

  /**
   * The figures of every paragraph of {@code text}: found from its tokens, a figure starting at a
   * token that starts with a digit: digits inside a word are no figure ("MP3" and "w1234" are
   * tokens that start with a letter), while a CJK character or kana is a token of its own, so
   * "\u58F2\u4E0A\u306F350\u5104\u5186" holds the figure 350.
   */
  private static Figures scanFigures(AnalyzedText text) {
    Figures f = new Figures();
    String all = text.text();
    for (int p = 0; p < text.paragraphCount(); p++) {
      int end = text.paragraphSpan(p).end();
      int mark = f.count;
      int after = 0; // the end of the last figure: its later tokens are part of it
      boolean allDateOrTime = true;
      int first = text.paragraphFirstToken(p);
      int last = text.paragraphEndToken(p);
      for (int t = first; t < last; t++) {
        int start = text.tokenStart(t);
        if (start >= after && isDigit(all.charAt(start))) {
          after = f.add(all, start, end, p);
          allDateOrTime =
              allDateOrTime && last - first <= STAMP_TOKENS && dateOrTime(text, t, after);
        }
      }
      if (f.count > mark && allDateOrTime) {
        f.count = mark; // a dateline or "Updated 4:15 PM EST, Tue March 3": when, not what
      }
    }
    return f;
  }

  /**
   * Tokens a paragraph may have, at most, for its figures to be left out as a time stamp when each
   * is part of a date or a clock time ("Updated 4:15 PM EST, Tue March 3", "Posted 2024-03-03
   * 09:40"): a page states when it was written or updated, and every update of a story states
   * another time, which is no difference in its facts.
   */
  static final int STAMP_TOKENS = 16;

  /**
   * Month and weekday names, as folded tokens: English with its usual abbreviations, German,
   * French, Spanish, Italian, Portuguese and Dutch, and the Chinese and Japanese year, month and
   * day signs ("2024\u5E743\u67083\u65E5").
   */
  private static final java.util.Set<String> CALENDAR_WORDS =
      words(
          "january february march april may june july august september october november december"
              + " jan feb mar apr jun jul aug sep sept oct nov dec"
              + " monday tuesday wednesday thursday friday saturday sunday"
              + " mon tue tues wed thu thur thurs fri sat sun"
              + " januar februar m\u00E4rz mai juni juli oktober dezember j\u00E4nner"
              + " montag dienstag mittwoch donnerstag freitag samstag sonntag"
              + " janvier f\u00E9vrier mars avril juin juillet ao\u00FBt septembre octobre"
              + " novembre d\u00E9cembre lundi mardi mercredi jeudi vendredi samedi dimanche"
              + " enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre"
              + " noviembre diciembre lunes martes mi\u00E9rcoles jueves viernes s\u00E1bado domingo"
              + " gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre"
              + " luned\u00EC marted\u00EC mercoled\u00EC gioved\u00EC venerd\u00EC sabato"
              + " janeiro fevereiro mar\u00E7o maio junho julho setembro outubro novembro dezembro"
              + " segunda ter\u00E7a quarta quinta sexta"
              + " januari februari maart mei augustus"
              + " maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
              + " \u5E74 \u6708 \u65E5");

  /** The words of {@code list}, split at spaces, as a set (a word may come twice). */
  private static java.util.Set<String> words(String list) {
    return java.util.Set.copyOf(java.util.Arrays.asList(list.split(" ")));
  }

  /**
   * Tokens that follow a clock time: "4 PM", "4:15 p.m.", "09:40 GMT", "15 Uhr", "4\u664215\u5206".
   */
  private static final java.util.Set<String> CLOCK_WORDS =
      java.util.Set.of(
          "am", "pm", "a", "p", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst",
          "cet", "cest", "et", "pt", "ct", "uhr", "\u6642", "\u65F6", "\u5206");

  /**
   * Whether the figure at token {@code t}, ending at character {@code figureEnd}, is part of a date
   * or clock time: hours and minutes ("4:15"), a number before am/pm or a time zone, a numeric date
   * of three groups ("2024-03-03", "03/03/2024"), or a number just before or up to three tokens
   * after a month or weekday name ("3 March", "March 3, 2024", "3 de marzo de 2024"), or a number
   * with a Korean date or time sign in its word.
   */
  private static boolean dateOrTime(AnalyzedText text, int t, int figureEnd) {
    String all = text.text();
    int start = text.tokenStart(t);
    int colons = 0;
    int groups = 1;
    int[] digits = new int[3];
    for (int k = start; k < figureEnd; k++) {
      char c = figureChar(all.charAt(k));
      if (c == ':') {
        colons++;
      } else if (c == '/' || c == '-' || c == '.') {
        groups++;
      } else if (c != ',' && groups <= 3) {
        digits[groups - 1]++;
      }
    }
    if ((colons == 1 || colons == 2) && groups == 1) {
      return true;
    }
    if (colons == 0 && groups == 3) {
      // 2024-03-03 or 03/03/2024 (and 3.3.24), not a telephone number such as 209-736-2236
      boolean yearFirst = digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2;
      boolean yearLast = digits[0] <= 2 && digits[1] <= 2 && (digits[2] == 2 || digits[2] == 4);
      return yearFirst || yearLast;
    }
    int tokenEnd = text.tokenEnd(t);
    if (figureEnd < tokenEnd && DATE_SUFFIXES.contains(all.substring(figureEnd, tokenEnd))) {
      return true; // "2024\uB144", "3\uC6D4", "15\uC2DC": a Korean date or time in one word
    }
    int next = t + 1;
    while (next < text.tokenCount() && text.tokenStart(next) < figureEnd) {
      next++; // the figure's own later tokens
    }
    if (next < text.tokenCount() && CLOCK_WORDS.contains(text.term(next))) {
      return true;
    }
    for (int k = Math.max(0, t - 3); k <= Math.min(text.tokenCount() - 1, next); k++) {
      if (k != t && (k < t || k == next) && CALENDAR_WORDS.contains(text.term(k))) {
        return true;
      }
    }
    // "3 de marzo", "3 di marzo": the month after a preposition
    return next + 1 < text.tokenCount()
        && DATE_PREPOSITIONS.contains(text.term(next))
        && CALENDAR_WORDS.contains(text.term(next + 1));
  }

  /**
   * Korean year, month, day, hour, minute and second signs, written in one word with their number
   * ("2024\uB144 3\uC6D4 3\uC77C").
   */
  private static final java.util.Set<String> DATE_SUFFIXES =
      words("\uB144 \uC6D4 \uC77C \uC2DC \uBD84 \uCD08");

  /** Words between a day and its month in Spanish, Portuguese and Italian dates. */
  private static final java.util.Set<String> DATE_PREPOSITIONS = words("de del di");

  /**
   * The sorted, distinct figure hashes of {@code text}, leaving out the paragraphs whose hash
   * {@code boilerplate} accepts: what {@link Dedup} keeps of a document, for {@link Compare}.
   */
  static long[] figureSet(AnalyzedText text, LongPredicate boilerplate) {
    Figures f = scanFigures(text);
    long[] paragraphHash = new long[text.paragraphCount()];
    for (int p = 0; p < paragraphHash.length; p++) {
      paragraphHash[p] = text.paragraphHash(p);
    }
    return outsideBoilerplate(
        Arrays.copyOf(f.hashes, f.count), f.paragraphs, paragraphHash, boilerplate);
  }

  /** Whether {@code text[from, to)} is groups of 3 or more digits joined by single dashes. */
  private static boolean isRange(String text, int from, int to) {
    int groups = 1;
    int run = 0;
    for (int k = from; k < to; k++) {
      char c = figureChar(text.charAt(k));
      if (isDigit(c)) {
        run++;
      } else if (c == '-' && run >= 3) {
        groups++;
        run = 0;
      } else {
        return false;
      }
    }
    return groups > 1 && run >= 3;
  }

  private static long figureHash(String text, int from, int to) {
    long h = 0x9E3779B97F4A7C15L;
    for (int k = from; k < to; k++) {
      h = Mix.fmix64(h ^ figureChar(text.charAt(k)));
    }
    return h;
  }

  /** Whether {@code c} is a decimal digit of any script: ASCII, full-width, Arabic-Indic, .... */
  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 0x80 && Character.isDigit(c));
  }

  /**
   * {@code c} as a figure is read and hashed: a decimal digit of any script as the ASCII digit of
   * its value, and full-width and Arabic separators as the ASCII ones ({@code \uFF0C \uFF0E \uFF0F
   * \uFF0D \uFF1A}, U+066B decimal and U+066C thousands separator), so that "\uFF12\uFF10
   * \uFF12\uFF14", "\u0662\u0660\u0662\u0664" and "2024" are one figure; others as they are.
   */
  static char figureChar(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c == '\uFF0C' || c == '\uFF0E' || c == '\uFF0F' || c == '\uFF0D' || c == '\uFF1A') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u066B') {
      return '.';
    }
    if (c == '\u066C') {
      return ',';
    }
    int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
    return digit >= 0 ? (char) ('0' + digit) : c;
  }

  /**
   * Analyses one document, storing its raw shingles in {@code store}, and its vocabulary too when
   * {@code vocabulary}.
   */
  static Analysed of(Document doc, Shingler shingler, LongArrayStore store, boolean vocabulary) {
    return new Analysed(
        doc, TextAnalyzer.defaults().analyze(doc.text()), shingler, store, vocabulary);
  }

  /** Hash of the distinct paragraphs in order: equal for exact copies (up to folding). */
  long contentHash() {
    long h = 0x51AF_D7ED_558C_CD1DL;
    for (long p : distinctHashes) {
      h = Mix.fmix64(h ^ p) + 1;
    }
    return h == Long.MIN_VALUE ? 0 : h;
  }

  /** The text of the first paragraph with hash {@code h} (while the text is still held). */
  String sampleText(long h) {
    for (int p = 0; p < paragraphHash.length; p++) {
      if (paragraphHash[p] == h) {
        String all = text.text();
        Span extent = text.paragraphExtent(p); // with its opening and closing punctuation
        String s = all.substring(extent.start(), extent.end());
        return s.length() > SAMPLE_CHARS ? s.substring(0, SAMPLE_CHARS + 1) : s;
      }
    }
    return "";
  }

  /** The raw shingles, repeats included (until {@link #finish}; the store must be sealed). */
  long[] rawShingles(LongArrayStore store) {
    return store.get(rawHandle, rawLength);
  }

  /** The vocabulary ({@link VocabularyAttach#profile}; empty unless kept; store sealed). */
  long[] vocabulary(LongArrayStore store) {
    return store.get(vocabularyHandle, vocabularyLength);
  }

  /** The vocabulary as analysed, once (null after, and when not kept). */
  long[] takeVocabulary() {
    long[] out = freshVocabulary;
    freshVocabulary = null;
    return out;
  }

  /** Drops the reference to the text once it is no longer needed. */
  void releaseText() {
    text = null;
  }

  /**
   * Builds the shingle set without boilerplate (with it, when the document is nothing else), its
   * content hash and, unless it is an {@link #exactCopy}, its sketch (while the set is at hand:
   * sketching later would read it back from the store); stores the set and frees the raw shingles.
   * The store must be sealed since the raw shingles were written.
   */
  void finish(
      LongHashSet boilerplate,
      SketchPolicy.Sketcher sketcher,
      PassageFingerprints passageSearch,
      LongArrayStore store) {
    int content = 0;
    for (int i = 0; i < distinctHashes.length; i++) {
      if (!boilerplate.contains(distinctHashes[i])) {
        content += distinctTokens[i];
      }
    }
    contentWords = content;
    // the raw shingles, read into this thread's buffer: the set is built, sketched and stored
    // from there (new arrays for every document made much of a run's garbage)
    long[] raw = store.get(rawHandle, rawLength, RAW.get().room(rawLength));
    long[] kept = raw;
    int n = rawLength;
    if (holdsAny(boilerplate)) {
      kept = new long[rawLength];
      n = 0;
      int from = 0;
      for (int p = 0; p < paragraphHash.length; p++) {
        int to = shingleEnd[p];
        if (!boilerplate.contains(paragraphHash[p])) {
          System.arraycopy(raw, from, kept, n, to - from);
          n += to - from;
        }
        from = to;
      }
      if (n == 0 && rawLength > 0) {
        // nothing but boilerplate (a page of site chrome alone): scored on all of it, so that such
        // pages match each other (copies are identical) and never a page that has content as well
        kept = raw;
        n = rawLength;
      }
    }
    store.free(rawHandle, rawLength);
    if (passageSearch != null && !exactCopy) {
      passages = passageSearch.fingerprints(kept, n); // in text order: before the sort
    }
    setSize = ShingleSet.sortDistinct(kept, n);
    long h = 0x2545F4914F6CDD1DL + setSize;
    for (int i = 0; i < setSize; i++) {
      h = Mix.fmix64(h ^ kept[i]);
    }
    setHash = h;
    sketch = setSize == 0 || exactCopy ? null : sketcher.sketch(kept, setSize);
    setHandle = store.put(kept, setSize);
    int left = 0;
    for (long anchor : anchors) {
      if (!boilerplate.contains(anchor)) {
        anchors[left++] = anchor; // stays sorted
      }
    }
    anchors = Arrays.copyOf(anchors, left);
    sentences =
        outsideBoilerplate(sentences, sentenceParagraph, paragraphHash, boilerplate::contains);
    sentenceParagraph = null;
    figures = outsideBoilerplate(figures, figureParagraph, paragraphHash, boilerplate::contains);
    figureParagraph = null;
    paragraphHash = null;
    shingleEnd = null;
  }

  /**
   * The distinct {@code values}, sorted, of those whose paragraph ({@code paragraphOf[i]}, an index
   * into {@code paragraphHash}) {@code boilerplate} does not accept; {@code values} is reordered.
   */
  private static long[] outsideBoilerplate(
      long[] values, int[] paragraphOf, long[] paragraphHash, LongPredicate boilerplate) {
    int kept = 0;
    for (int i = 0; i < values.length; i++) {
      if (!boilerplate.test(paragraphHash[paragraphOf[i]])) {
        values[kept++] = values[i];
      }
    }
    return Arrays.copyOf(values, ShingleSet.sortDistinct(values, kept));
  }

  /** Whether any of this document's paragraphs is in {@code boilerplate}. */
  private boolean holdsAny(LongHashSet boilerplate) {
    for (long h : paragraphHash) {
      if (boilerplate.contains(h)) {
        return true;
      }
    }
    return false;
  }

  /** Each thread's array for the raw shingles of the document it finishes. */
  private static final ThreadLocal<LongScratch> RAW = ThreadLocal.withInitial(LongScratch::new);

  /** The sorted, distinct shingle set (the store must be sealed since {@link #finish}). */
  long[] set(LongArrayStore store) {
    return store.get(setHandle, setSize);
  }
}
