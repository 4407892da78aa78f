/**
 * Clustering of verified pairs into stories: merges that must be supported by a share of all cross
 * links, so that no single weak link chains unrelated stories together; for revision histories, the
 * small clusters that text did not place joining by vocabulary ({@link
 * org.doppel.cluster.VocabularyAttach}); and the few links that explain each cluster once it is
 * built.
 */
package org.doppel.cluster;
