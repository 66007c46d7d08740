package dev.marvel.bench.jmh;

import dev.marvel.samples.gen.BdbFiles;
import dev.marvel.samples.gen.BdbTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * About {@code size} bytes of the Big Data Benchmark's uservisits table ({@code marvelc gen bdb},
 * seed {@value TextBlock#SEED}): {@code sourceIP,destURL,visitDate,adRevenue,userAgent,countryCode,
 * languageCode,searchWord,duration}, comma-separated, unquoted.
 *
 * @param file the rows as one part file
 * @param bytes the same bytes in memory
 * @param rows rows in the file
 */
record VisitsBlock(Path file, byte[] bytes, long rows) {
  /** Column indexes of the typed and string columns the benchmarks read. */
  static final int SOURCE_IP = 0;
  static final int VISIT_DATE = 2;
  static final int AD_REVENUE = 3;
  static final int SEARCH_WORD = 7;
  static final int DURATION = 8;
  static final int COLUMNS = 9;

  /** Writes the rows into {@code dir} (missing or empty) and reads them back. */
  static VisitsBlock generate(Path dir, int size) throws IOException {
    long visits = Math.max(1, size / BdbTables.USERVISITS_ROW_BYTES);
    BdbFiles tables = BdbTables.write(dir, BdbTables.rankingsFor(visits), visits, TextBlock.SEED, 1);
    Path file = tables.uservisits().files().get(0);
    return new VisitsBlock(file, Files.readAllBytes(file), tables.uservisits().records());
  }
}
