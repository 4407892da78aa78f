/**
 * Clustering of verified pairs into stories: merges that must be supported by a share of all cross
 * links, so that no single weak link chains unrelated stories together.
 */
package org.doppel.cluster;
