/**
 * Word shingles: overlapping runs of folded tokens, hashed to 64 bits, kept inside paragraphs so
 * that a paragraph can be left out (boilerplate) without leaving partial shingles behind.
 */
package org.doppel.shingle;
