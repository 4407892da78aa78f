package org.doppel.cli.pan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values from the unit tests of the PAN reference implementation ({@code perfmeasures}). */
class PlagDetTest {

  private static final Annotation ANN1 = new Annotation(0, 100, 0, 100);
  private static final Annotation ANN3 = new Annotation(100, 200, 100, 200);
  private static final Annotation ANN4 = new Annotation(0, 200, 0, 200);
  private static final Annotation ANN7 = new Annotation(0, 100, 0, 100);
  private static final Annotation ANN9 = new Annotation(50, 150, 50, 150);
  private static final Annotation ANN10 = new Annotation(25, 100, 25, 100);

  @Test
  void recall() {
    assertThat(PlagDet.of(List.of(), List.of()).recall()).isEqualTo(1);
    assertThat(PlagDet.of(List.of(ANN1), List.of()).recall()).isEqualTo(0);
    assertThat(PlagDet.of(List.of(ANN1), List.of(ANN1)).recall()).isEqualTo(1);
    assertThat(PlagDet.of(List.of(ANN1), List.of(ANN3)).recall()).isEqualTo(0);
    assertThat(PlagDet.of(List.of(ANN1), List.of(ANN4)).recall()).isEqualTo(1);
    assertThat(PlagDet.of(List.of(ANN7), List.of(ANN9)).recall()).isEqualTo(0.5);
    assertThat(PlagDet.of(List.of(ANN7), List.of(ANN10)).recall()).isEqualTo(0.75);
    assertThat(PlagDet.of(List.of(ANN7), List.of(ANN9, ANN10)).recall()).isEqualTo(0.75);
    // two document pairs, one case found: macro recall 0.5
    assertThat(
            PlagDet.of(List.of(ANN1), List.of(ANN1))
                .plus(PlagDet.of(List.of(ANN7), List.of()))
                .recall())
        .isEqualTo(0.5);
  }

  @Test
  void precision() {
    assertThat(PlagDet.of(List.of(ANN1), List.of(ANN4)).precision()).isEqualTo(0.5);
    assertThat(PlagDet.of(List.of(ANN7), List.of(ANN10)).precision()).isEqualTo(1);
    assertThat(PlagDet.of(List.of(ANN7), List.of(ANN9, ANN10)).precision()).isEqualTo(0.75);
    assertThat(PlagDet.of(List.of(ANN1), List.of(ANN3, ANN4)).precision()).isEqualTo(0.25);
    assertThat(PlagDet.of(List.of(), List.of(ANN1)).precision()).isEqualTo(0);
  }

  @Test
  void granularityAndScore() {
    assertThat(PlagDet.of(List.of(), List.of()).granularity()).isEqualTo(1);
    assertThat(PlagDet.of(List.of(ANN1), List.of(ANN4, new Annotation(0, 50, 0, 50))).granularity())
        .isEqualTo(2);
    assertThat(PlagDet.of(List.of(ANN1), List.of(ANN1)).plagdet()).isEqualTo(1);
    // perfmeasures: plagdet_score(1, 1, 2) = 0.63092975
    PlagDet twoHits =
        PlagDet.of(
            List.of(ANN1), List.of(new Annotation(0, 50, 0, 50), new Annotation(50, 100, 50, 100)));
    assertThat(twoHits.plagdet()).isCloseTo(0.63092975, within(1e-8));
  }
}
