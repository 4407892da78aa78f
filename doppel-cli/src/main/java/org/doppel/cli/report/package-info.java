/**
 * Reports of {@code doppel compare}: JSON (versioned), a terminal report, and a one-file HTML page.
 */
package org.doppel.cli.report;
