package dev.marvel.samples.gen;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * The two tables of the Big Data Benchmark (AMPLab; Pavlo et al.) in its text format:
 * comma-separated, no header, no quoting, one row per line ending in {@code \n}.
 * <pre>
 * rankings:   pageURL,pageRank,avgDuration
 * uservisits: sourceIP,destURL,visitDate,adRevenue,userAgent,countryCode,languageCode,searchWord,duration
 * </pre>
 * Every destURL is a pageURL of rankings, so the join finds a page for each visit; source IPs
 * repeat (a pool of a quarter as many addresses as visits) so grouping by them aggregates;
 * visit dates are uniform over 1970-01-01..2020-12-31; pageRank is log-uniform over 1..9999, so
 * {@code pageRank > 1000, 100, 10} keep about 25, 50 and 75 % of the pages.
 *
 * <p>Each row is computed from (seed, table, row number) alone, so the rows do not depend on the
 * number of files: concatenating the parts gives the same table for any {@code files}.
 */
public final class BdbTables {

  /** Average bytes of a uservisits row, for sizing by bytes. */
  public static final int USERVISITS_ROW_BYTES = 126;
  /** Average bytes of a rankings row. */
  public static final int RANKINGS_ROW_BYTES = 41;
  /** Uservisits rows per rankings row when sizing by bytes (about the benchmark's ratio). */
  public static final int VISITS_PER_PAGE = 8;

  private static final long RANKINGS_STREAM = 0x72616e6bL;
  private static final long VISITS_STREAM = 0x76697369L;
  private static final long URL_STREAM = 0x75726cL;
  private static final long IP_STREAM = 0x6970L;
  private static final int LAST_DAY = (int) LocalDate.of(2020, 12, 31).toEpochDay();
  private static final int SEARCH_WORDS = 10_000;
  private static final String[] USER_AGENTS = {
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (X11; Linux x86_64)",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", "Mozilla/4.0 (compatible; MSIE 6.0)",
      "Opera/9.80 (Windows NT 6.1; U; en)", "Lynx/2.8.9rel.1 libwww-FM/2.14",
      "Wget/1.21.3", "curl/7.88.1", "Googlebot/2.1 (+http://www.google.com/bot.html)",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)"};
  private static final String[] COUNTRIES = {
      "USA", "CHN", "IND", "BRA", "DEU", "FRA", "GBR", "JPN", "RUS", "MEX", "IDN", "NGA", "VNM",
      "TUR", "ITA", "ESP", "CAN", "KOR", "ARG", "ZAF"};
  private static final String[] LANGUAGES = {
      "en-US", "zh-CN", "hi-IN", "pt-BR", "de-DE", "fr-FR", "en-GB", "ja-JP", "ru-RU", "es-MX",
      "id-ID", "en-NG", "vi-VN", "tr-TR", "it-IT", "es-ES", "fr-CA", "ko-KR", "es-AR", "af-ZA"};
  private static final String[] DOMAINS = {"com", "org", "net", "edu", "io", "de", "fr", "jp"};

  private BdbTables() {}

  /**
   * Writes {@code rankings} rows to {@code dir/rankings/} and {@code uservisits} rows to
   * {@code dir/uservisits/}, each as {@code files} part files {@code part-NNNNN.csv}; both
   * directories must be missing or empty. Visits need at least one page to point at.
   */
  public static BdbFiles write(Path dir, long rankings, long uservisits, long seed, int files)
      throws IOException {
    if (rankings < 0 || uservisits < 0) {
      throw new IllegalArgumentException("row counts must not be negative");
    }
    if (uservisits > 0 && rankings == 0) {
      throw new IllegalArgumentException("uservisits rows need at least one rankings row to visit");
    }
    PartFiles.checkParts(files);
    Path rankingsDir = dir.resolve("rankings");
    Path visitsDir = dir.resolve("uservisits");
    PartFiles.prepare(rankingsDir);
    PartFiles.prepare(visitsDir);
    Vocabulary searchWords = new Vocabulary(SEARCH_WORDS, seed);
    Generated pages = writeTable(rankingsDir, rankings, files, () -> new PageRows(seed));
    Generated visits = writeTable(visitsDir, uservisits, files, () -> new VisitRows(seed, rankings, uservisits, searchWords));
    return new BdbFiles(rankingsDir, pages, visitsDir, visits);
  }

  /** The uservisits rows whose tables come to about {@code bytes} bytes in all. */
  public static long uservisitsForBytes(long bytes) {
    long perVisit = USERVISITS_ROW_BYTES + RANKINGS_ROW_BYTES / VISITS_PER_PAGE;
    return Math.max(1, bytes / perVisit);
  }

  /** The rankings rows that go with {@code uservisits} rows when sizing by bytes. */
  public static long rankingsFor(long uservisits) {
    return Math.max(1, uservisits / VISITS_PER_PAGE);
  }

  /** The pageURL of rankings row {@code row} (0-based) for {@code seed}; unique per row. */
  public static String pageUrl(long seed, long row) {
    StringBuilder url = new StringBuilder("http://www.");
    SplitMix64 random = new SplitMix64(0);
    random.reseed(seed, URL_STREAM, row);
    int letters = 4 + random.nextInt(12);
    for (int i = 0; i < letters; i++) {
      url.append((char) ('a' + random.nextInt(26)));
    }
    url.append('.').append(DOMAINS[random.nextInt(DOMAINS.length)]).append('/');
    // The row number in base 36 makes the URL unique; the letters make it look like a URL.
    url.append(Long.toString(row, 36)).append(".html");
    return url.toString();
  }

  private static Generated writeTable(Path dir, long rows, int files,
      Supplier<RowWriter> rowWriters) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      paths.add(PartFiles.part(dir, i, "csv"));
    }
    long[] bytes = PartFiles.writeAll(files, part -> {
      RowWriter rowWriter = rowWriters.get();
      long end = PartFiles.firstOf(rows, files, part + 1);
      try (ByteOutput out = new ByteOutput(paths.get(part))) {
        for (long row = PartFiles.firstOf(rows, files, part); row < end; row++) {
          rowWriter.write(row, out);
        }
        return out.size();
      }
    });
    return new Generated(paths, rows, LongStream.of(bytes).sum());
  }

  private interface RowWriter {
    void write(long row, ByteOutput out) throws IOException;
  }

  /** rankings: pageURL,pageRank,avgDuration */
  private static final class PageRows implements RowWriter {
    private final long seed;
    private final SplitMix64 random = new SplitMix64(0);

    PageRows(long seed) {
      this.seed = seed;
    }

    @Override
    public void write(long row, ByteOutput out) throws IOException {
      random.reseed(seed, RANKINGS_STREAM, row);
      out.putAscii(pageUrl(seed, row));
      out.put((byte) ',');
      out.putDecimal((long) Math.exp(random.nextDouble() * Math.log(10_000)));
      out.put((byte) ',');
      out.putDecimal(1 + random.nextInt(100));
      out.put((byte) '\n');
    }
  }

  /**
   * uservisits: sourceIP,destURL,visitDate,adRevenue,userAgent,countryCode,languageCode,
   * searchWord,duration
   */
  private static final class VisitRows implements RowWriter {
    private final long seed;
    private final long pages;
    private final long addresses;
    private final Vocabulary words;
    private final ZipfSampler wordRanks = new ZipfSampler(SEARCH_WORDS, 1.0);
    private final SplitMix64 random = new SplitMix64(0);
    private final SplitMix64 address = new SplitMix64(0);
    private final byte[] word = new byte[64];

    VisitRows(long seed, long pages, long visits, Vocabulary words) {
      this.seed = seed;
      this.pages = pages;
      this.addresses = Math.max(1, visits / 4);
      this.words = words;
    }

    @Override
    public void write(long row, ByteOutput out) throws IOException {
      random.reseed(seed, VISITS_STREAM, row);
      address.reseed(seed, IP_STREAM, random.nextLong(addresses));
      long ip = address.nextLong();
      for (int octet = 0; octet < 4; octet++) {
        if (octet > 0) {
          out.put((byte) '.');
        }
        out.putDecimal((ip >>> (8 * octet)) & 0xff);
      }
      out.put((byte) ',');
      out.putAscii(pageUrl(seed, random.nextLong(pages)));
      out.put((byte) ',');
      LocalDate day = LocalDate.ofEpochDay(random.nextInt(LAST_DAY + 1));
      out.putDecimal(day.getYear(), 4);
      out.put((byte) '-');
      out.putDecimal(day.getMonthValue(), 2);
      out.put((byte) '-');
      out.putDecimal(day.getDayOfMonth(), 2);
      out.put((byte) ',');
      // Revenue in millionths, written as exact decimal text: 0.000000 to 999.999999.
      long micros = random.nextLong(1_000_000_000L);
      out.putDecimal(micros / 1_000_000);
      out.put((byte) '.');
      out.putDecimal(micros % 1_000_000, 6);
      out.put((byte) ',');
      out.putAscii(USER_AGENTS[random.nextInt(USER_AGENTS.length)]);
      out.put((byte) ',');
      int country = random.nextInt(COUNTRIES.length);
      out.putAscii(COUNTRIES[country]);
      out.put((byte) ',');
      out.putAscii(LANGUAGES[country]);
      out.put((byte) ',');
      out.put(word, 0, words.copy(wordRanks.next(random), word, 0, word.length));
      out.put((byte) ',');
      out.putDecimal(1 + random.nextInt(100));
      out.put((byte) '\n');
    }
  }
}
