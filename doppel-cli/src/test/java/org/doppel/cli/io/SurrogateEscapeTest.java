package org.doppel.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentReader#mayEscapeSurrogate}: the cheap byte check that lets the reader skip
 * scanning a line's strings for lone surrogates must never say no where one can occur.
 */
class SurrogateEscapeTest {

  private static boolean may(String jsonLine) {
    return DocumentReader.mayEscapeSurrogate(jsonLine.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void surrogateEscapesInEitherCaseAreSeen() {
    assertThat(may("{\"id\":\"x\\ud800y\"}")).isTrue();
    assertThat(may("{\"id\":\"x\\uDFFFy\"}")).isTrue();
    assertThat(may("{\"id\":\"x\\uDbffy\"}")).isTrue();
    assertThat(may("{\"t\":\"\\ud83d\\ude00\"}")).isTrue(); // a pair: scanned, and found fine
  }

  @Test
  void linesWithoutSurrogateEscapesNeedNoScan() {
    assertThat(may("{\"id\":\"a\",\"text\":\"plain text\\nwith escapes \\\" \\u00e9 \\u2019\"}"))
        .isFalse();
    assertThat(may("{\"t\":\"\\ud7ff \\ue000\"}")).isFalse(); // just outside the surrogates
    assertThat(may("{\"t\":\"caf\u00e9 \ud83d\ude00\"}")).isFalse(); // raw UTF-8, no escape
    assertThat(may("")).isFalse();
    assertThat(may("\\ud")).isFalse(); // cut short
  }

  /** The check a byte at a time, as it reads: what the word-at-a-time scan must agree with. */
  private static boolean mayByteByByte(byte[] bytes) {
    for (int i = 0; i + 3 < bytes.length; i++) {
      if (bytes[i] == '\\' && bytes[i + 1] == 'u' && (bytes[i + 2] | 0x20) == 'd') {
        int c = bytes[i + 3] | 0x20;
        if ((c >= '8' && c <= '9') || (c >= 'a' && c <= 'f')) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void theWordAtATimeScanAgreesWithAByteAtATimeOneAtEveryAlignment() {
    SplittableRandom random = new SplittableRandom(7);
    String[] pieces = {
      "a", "word ", "\\", "\\n", "\\u00e9", "\\ud800", "\\uDC00", "\\ud7ff", "\\u", "\\ud",
      "\u00e9", "\\\\"
    };
    int found = 0;
    for (int n = 0; n < 5000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
      boolean expected = mayByteByByte(bytes);
      assertThat(DocumentReader.mayEscapeSurrogate(bytes)).as(line.toString()).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).isBetween(500, 4500); // both answers were asked for often
  }

  @Test
  void noLoneSurrogateHidesFromTheCheck() {
    // every string Jackson could decode to hold a lone surrogate comes from an escape the check
    // sees: random lines of escapes and characters, decoded by the real parser
    SplittableRandom random = new SplittableRandom(42);
    String[] pieces = {"a", " ", "\\n", "\\\\", "\\u00e9", "\\ud800", "\\uDC00", "\\ud83d\\ude00"};
    for (int n = 0; n < 2000; n++) {
      StringBuilder value = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) {
        value.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = "{\"id\":\"" + value + "\"}";
      String decoded;
      try {
        decoded = Json.MAPPER.readTree(line).get("id").asText();
      } catch (java.io.IOException e) {
        throw new AssertionError(line, e);
      }
      if (DocumentReader.loneSurrogate(decoded) >= 0) {
        assertThat(may(line)).as(line).isTrue();
      }
    }
  }
}
