package org.doppel.lsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LshParamsTest {

  @Test
  void chosenBandingFitsTheComponentsAndCatchesPairsAboveTheThreshold() {
    for (double t : new double[] {0.1, 0.3, 0.5, 0.8}) {
      LshParams p = LshParams.forThreshold(t, 128, 0.9);
      assertThat(p.components()).isLessThanOrEqualTo(128);
      assertThat(p.probability(Math.min(0.99, t + 0.15))).isGreaterThan(0.9);
      assertThat(p.probability(1.0)).isEqualTo(1.0);
    }
  }

  @Test
  void theSCurveRisesWithSimilarity() {
    LshParams p = new LshParams(64, 2);
    double previous = -1;
    for (int i = 0; i <= 100; i++) {
      double v = p.probability(i / 100.0);
      assertThat(v).isGreaterThanOrEqualTo(previous);
      previous = v;
    }
  }

  @Test
  void badParametersAreRejectedWithTheirValue() {
    assertThatThrownBy(() -> LshParams.forThreshold(1.5, 128, 0.9)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> new LshParams(0, 2)).hasMessageContaining("bands must be >= 1, got 0");
  }
}
