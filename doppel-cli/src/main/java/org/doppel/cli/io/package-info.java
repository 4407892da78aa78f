/** Reading inputs (files, directories, JSONL, standard input) and writing outputs atomically. */
package org.doppel.cli.io;
