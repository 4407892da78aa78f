/**
 * Exact verification of candidate pairs: Jaccard and both containments computed on the full shingle
 * sets, and the relation a pair of documents stands in.
 */
package org.doppel.verify;
