package org.doppel.cluster;

import java.io.Serializable;

/**
 * How clusters grow.
 *
 * @param linkage two clusters X and Y merge only if at least this share of the |X|·|Y| document
 *     pairs between them are verified, clusterable links (average linkage on the link graph); 1
 *     demands that every pair links, values near 0 approach single linkage (connected components)
 * @param attachSize once no more clusters merge, a cluster of at most this many nodes whose every
 *     link goes into one other cluster, at least one of them strong (not containment) or reaching a
 *     node that belongs to that cluster by a strong link, joins that cluster (a stub that matches
 *     only the first versions of one story); 0 never attaches. It cannot chain: a cluster that
 *     links to two others stays where it is
 */
public record ClusterOptions(double linkage, int attachSize) implements Serializable {

  /** Checks the values. */
  public ClusterOptions {
    if (!(linkage > 0 && linkage <= 1)) {
      throw new IllegalArgumentException("linkage must be in (0, 1], got " + linkage);
    }
    if (attachSize < 0) {
      throw new IllegalArgumentException("attachSize must be >= 0, got " + attachSize);
    }
  }

  /** The calibrated defaults (see the README): linkage 0.2, clusters of up to 2 attach. */
  public static ClusterOptions defaults() {
    return new ClusterOptions(0.2, 2);
  }

  /** A copy with another linkage. */
  public ClusterOptions withLinkage(double value) {
    return new ClusterOptions(value, attachSize);
  }

  /** A copy with another attach size. */
  public ClusterOptions withAttachSize(int value) {
    return new ClusterOptions(linkage, value);
  }
}
