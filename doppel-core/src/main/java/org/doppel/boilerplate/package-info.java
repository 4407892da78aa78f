/**
 * Boilerplate: paragraphs that recur across many documents of a corpus (site chrome, share prompts,
 * comment-form footers, bylines) told apart from the paragraphs of reprinted stories.
 */
package org.doppel.boilerplate;
