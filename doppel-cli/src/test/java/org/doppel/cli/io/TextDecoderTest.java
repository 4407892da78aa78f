package org.doppel.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.doppel.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

  /** The JDK's strict UTF-8 decoder: the text, or null where it reports an error. */
  private static String strict(byte[] bytes, int from) {
    try {
      CharBuffer out =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Random byte strings made of pieces that matter to UTF-8 (ASCII, two- to four-byte characters,
   * U+FFFD itself, encoded surrogates, overlong forms, stray continuation and lead bytes, a
   * sequence cut short): the decoder accepts exactly what the JDK's strict decoder accepts, with
   * the same text, and rejects the rest as not UTF-8.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void agreesWithTheStrictDecoder(long seed) {
    byte[][] pieces = {
      "plain words ".getBytes(StandardCharsets.UTF_8),
      "caf\u00e9 ".getBytes(StandardCharsets.UTF_8),
      "\u201cquoted\u201d ".getBytes(StandardCharsets.UTF_8),
      "\ud83d\ude00".getBytes(StandardCharsets.UTF_8),
      "\ufffd".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
      {(byte) 0xC0, (byte) 0xAF}, // overlong
      {(byte) 0x80},
      {(byte) 0xE2, (byte) 0x80}, // cut short
      {(byte) 0xF8},
      {'\n'},
    };
    SplittableRandom random = new SplittableRandom(seed);
    int accepted = 0;
    int rejected = 0;
    for (int round = 0; round < 2000; round++) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      if (random.nextInt(10) == 0) {
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      int n = random.nextInt(1, 12);
      for (int i = 0; i < n; i++) {
        // mostly valid pieces, so that both outcomes are common
        int k = random.nextInt(10) < 8 ? random.nextInt(5) : random.nextInt(pieces.length);
        b.writeBytes(pieces[k]);
      }
      byte[] bytes = b.toByteArray();
      int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB ? 3 : 0;
      String expected = strict(bytes, from);
      if (expected != null) {
        accepted++;
        assertThat(TextDecoder.decode(bytes, bytes.length, "t")).isEqualTo(expected);
      } else {
        rejected++;
        assertThatThrownBy(() -> TextDecoder.decode(bytes, bytes.length, "t"))
            .isInstanceOf(BadInputException.class)
            .hasMessageContaining("not UTF-8");
      }
    }
    assertThat(accepted).isPositive();
    assertThat(rejected).isPositive();
  }

  /**
   * The validator that checks JSONL lines agrees with the JDK's strict decoder on every byte
   * string, random bytes included (all 256 values, so every lead byte, F4 90 and above, ED A0 and
   * cut-short sequences turn up), and names the offset where the strict decoder stops.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void theValidatorAgreesWithTheStrictDecoderAndNamesWhereItStops(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int valid = 0;
    int invalid = 0;
    for (int round = 0; round < 20000; round++) {
      // up to 31 bytes, runs of ASCII first at times, so that the eight-byte ASCII path is taken
      int n = random.nextInt(1, 32);
      byte[] bytes = new byte[n];
      int ascii = random.nextBoolean() ? random.nextInt(n) : 0;
      for (int i = 0; i < n; i++) {
        // a mix of ASCII, continuation bytes and lead bytes, so that both outcomes are common
        int r = i < ascii ? 0 : random.nextInt(4);
        bytes[i] =
            (byte)
                (r == 0
                    ? random.nextInt(0x80)
                    : r == 1 ? 0x80 + random.nextInt(0x40) : random.nextInt(256));
      }
      int found = TextDecoder.firstInvalidUtf8(bytes, 0, n);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      java.nio.charset.CoderResult result =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(in, CharBuffer.allocate(2 * n + 2), true);
      if (result.isError()) {
        invalid++;
        assertThat(found)
            .as("bytes %s", java.util.HexFormat.of().formatHex(bytes))
            .isEqualTo(in.position());
      } else {
        valid++;
        assertThat(found).as("bytes %s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(-1);
      }
    }
    assertThat(valid).isGreaterThan(1000);
    assertThat(invalid).isGreaterThan(1000);
  }

  @Test
  void namesTheFirstBadBytesOffsetAndLineEvenAfterARealReplacementCharacter() {
    byte[] bytes = "one \ufffd two\nthree \u00e9 x".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(bytes, bytes.length, "t"))
        .isEqualTo("one \ufffd two\nthree \u00e9 x");
    bytes[bytes.length - 4] = (byte) 0xE9; // the first byte of é's two, now windows-1252 é
    bytes[bytes.length - 3] = ' ';
    byte[] bad = bytes;
    assertThatThrownBy(() -> TextDecoder.decode(bad, bad.length, "t.txt"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("t.txt:2")
        .hasMessageContaining("invalid byte 0xE9 at byte offset " + (bad.length - 4));
  }

  @Test
  void aNulByteIsABinaryFileAndAByteOrderMarkIsDropped() {
    byte[] nul = {'a', 0, 'b'};
    assertThatThrownBy(() -> TextDecoder.decode(nul, nul.length, "x.bin"))
        .hasMessageContaining("binary file (NUL byte at byte offset 1)");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3, (byte) 0xA9};
    assertThat(TextDecoder.decode(bom, bom.length, "b")).isEqualTo("h\u00e9");
  }
}
