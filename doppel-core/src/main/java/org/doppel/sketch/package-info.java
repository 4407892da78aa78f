/** Similarity sketches of shingle sets (hash4j SuperMinHash), the input of LSH banding. */
package org.doppel.sketch;
