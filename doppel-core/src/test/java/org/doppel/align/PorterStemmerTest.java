package org.doppel.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

  @ParameterizedTest
  @CsvSource({
    "caresses, caress",
    "ponies, poni",
    "cats, cat",
    "feed, feed",
    "agreed, agre",
    "plastered, plaster",
    "motoring, motor",
    "hopping, hop",
    "filing, file",
    "happy, happi",
    "relational, relat",
    "generalization, gener",
    "electrical, electr",
    "adjustment, adjust",
    "controlling, control",
    "rate, rate",
    "naïve, naïve",
    "go, go"
  })
  void stemsAsPorter(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }
}
