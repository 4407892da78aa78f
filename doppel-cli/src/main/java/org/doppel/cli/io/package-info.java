/**
 * Reading inputs (files, directories, JSONL, standard input; HTML pages found and read for their
 * text) and writing outputs atomically.
 */
package org.doppel.cli.io;
