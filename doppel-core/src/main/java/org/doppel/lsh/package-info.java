/**
 * Candidate search: locality-sensitive hashing (banding of sketches into buckets, with the (bands,
 * rows) split chosen from a Jaccard threshold by the S-curve, and candidate pairs from shared
 * buckets), and winnowed passage fingerprints for pairs that share a passage and little else.
 */
package org.doppel.lsh;
