package org.doppel.cli.pan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.doppel.align.Aligner;
import org.doppel.cli.EvalPanCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Fails when the aligner's PlagDet on the PAN 2013 training corpus drops below the targets of issue
 * 3 (see docs/compare.md). Skipped when {@code ../shared/data} is absent.
 */
class PanQualityTest {

  /**
   * Overall floor (measured: 0.9021); issue 3's target was 0.88. Kept just below the measured level
   * so that a change that loses alignment quality fails here.
   */
  static final double MIN_OVERALL = 0.895;

  /** Floor for verbatim copies, 02-no-obfuscation (measured: 0.9713; issue 3's target 0.93). */
  static final double MIN_VERBATIM = 0.965;

  @Test
  void plagdetOnPan13TrainStaysAtItsMeasuredLevel() throws Exception {
    String shared = System.getProperty("doppel.shared.data");
    Path train =
        shared == null ? null : Path.of(shared, "pan13-text-alignment", "train").normalize();
    Assumptions.assumeTrue(
        train != null && Files.isDirectory(train),
        "PAN quality test skipped: no corpus at "
            + train
            + " (system property doppel.shared.data)");
    Map<String, PlagDet> byCategory =
        EvalPanCommand.evaluate(
            train, Aligner.defaults(), Runtime.getRuntime().availableProcessors(), null);
    PlagDet all = byCategory.values().stream().reduce(PlagDet.zero(), PlagDet::plus);
    assertThat(all.cases()).isEqualTo(4007);
    assertThat(byCategory.get("02-no-obfuscation").plagdet()).isGreaterThanOrEqualTo(MIN_VERBATIM);
    assertThat(all.plagdet()).isGreaterThanOrEqualTo(MIN_OVERALL);
  }
}
