/**
 * Version diff: the paragraphs of two texts classified as unchanged, edited (with word edits),
 * moved, split into several or merged from several, added, removed, repeated inside one text, or
 * boilerplate.
 */
package org.doppel.diff;
