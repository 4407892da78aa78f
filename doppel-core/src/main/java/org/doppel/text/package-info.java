/**
 * The text model: documents as read, the analysis recipe that turns them into normalised tokens,
 * and the paragraphs and sentences over those tokens. Every token keeps its character span in the
 * original text, so every later result can point back into what the user gave. HTML pages are first
 * read for their visible text ({@link org.doppel.text.HtmlText}). Paragraphs of site chrome (menus,
 * share lines, "Read more at ..." footers) are recognised without a corpus ({@link
 * org.doppel.text.SiteChrome}).
 */
package org.doppel.text;
