package org.doppel.cluster;

import java.io.Serializable;

/**
 * How clusters grow.
 *
 * @param linkage two clusters X and Y merge only if at least this share of the |X|·|Y| document
 *     pairs between them are verified, clusterable links (average linkage on the link graph); 1
 *     demands that every pair links, values near 0 approach single linkage (connected components)
 */
public record ClusterOptions(double linkage) implements Serializable {

  /** Checks the value. */
  public ClusterOptions {
    if (!(linkage > 0 && linkage <= 1)) {
      throw new IllegalArgumentException("linkage must be in (0, 1], got " + linkage);
    }
  }

  /** The calibrated default linkage (see the README). */
  public static ClusterOptions defaults() {
    return new ClusterOptions(0.2);
  }
}
