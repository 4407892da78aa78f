/**
 * Locality-sensitive hashing: banding of sketches into buckets, with the (bands, rows) split chosen
 * from a Jaccard threshold by the S-curve, and candidate pairs from shared buckets.
 */
package org.doppel.lsh;
