package dev.marvel.bench.reference;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The Big Data Benchmark's queries in its own SQL, run by an in-memory H2 database in this
 * process: the reference the BDB timings compare with. It loads the CSV part files it needs with
 * {@code CSVREAD} into typed tables (loading counts: a database must ingest the text too), runs
 * one query, and writes the rows as Marvel's {@code tsv} does — tab-separated, doubles as
 * {@link Double#toString(double)}. Load and query times go to stderr.
 *
 * <pre>
 * H2Bdb scan        BDB_DIR OUTPUT_DIR X
 * H2Bdb aggregation BDB_DIR OUTPUT_DIR X
 * H2Bdb join        BDB_DIR OUTPUT_DIR START END
 * </pre>
 */
public final class H2Bdb {
  /** The benchmark's text: comma-separated, no header, no quoting. */
  private static final String CSV_OPTIONS = "charset=UTF-8 fieldSeparator=, fieldDelimiter=";

  private H2Bdb() {}

  public static void main(String[] args) throws IOException, SQLException {
    if (args.length < 4) {
      throw new IllegalArgumentException(
          "usage: H2Bdb scan|aggregation BDB_DIR OUTPUT_DIR X | join BDB_DIR OUTPUT_DIR START END");
    }
    Path bdb = Path.of(args[1]);
    Path output = Path.of(args[2]);
    // H2's driver directly: DriverManager would load every JDBC driver on the class path, Ignite's too.
    try (Connection db = new org.h2.Driver().connect("jdbc:h2:mem:bdb", new Properties())) {
      long start = System.nanoTime();
      PreparedStatement query = switch (args[0]) {
        case "scan" -> {
          loadRankings(db, bdb);
          PreparedStatement q = db.prepareStatement("SELECT pageURL, pageRank FROM rankings WHERE pageRank > ?");
          q.setInt(1, Integer.parseInt(args[3]));
          yield q;
        }
        case "aggregation" -> {
          loadUservisits(db, bdb);
          // X is an int, so writing it into the text keeps the benchmark's query exactly.
          int x = Integer.parseInt(args[3]);
          yield db.prepareStatement("SELECT SUBSTR(sourceIP, 1, " + x + "), SUM(adRevenue) FROM uservisits "
              + "GROUP BY SUBSTR(sourceIP, 1, " + x + ")");
        }
        case "join" -> {
          loadRankings(db, bdb);
          loadUservisits(db, bdb);
          try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX rankings_by_url ON rankings (pageURL)");
          }
          PreparedStatement q = db.prepareStatement("SELECT sourceIP, totalRevenue, avgPageRank FROM ("
              + " SELECT UV.sourceIP, AVG(CAST(R.pageRank AS DOUBLE PRECISION)) AS avgPageRank,"
              + "   SUM(UV.adRevenue) AS totalRevenue"
              + " FROM rankings AS R, uservisits AS UV"
              + " WHERE R.pageURL = UV.destURL AND UV.visitDate BETWEEN ? AND ?"
              + " GROUP BY UV.sourceIP)"
              + " ORDER BY totalRevenue DESC LIMIT 1");
          q.setObject(1, LocalDate.parse(args[3]));
          q.setObject(2, LocalDate.parse(args[4]));
          yield q;
        }
        default -> throw new IllegalArgumentException("unknown query '" + args[0] + "'; expected scan, aggregation or join");
      };
      long loaded = System.nanoTime();
      long rows = write(query, output);
      System.err.printf("h2: loaded in %d ms, queried in %d ms, %d rows%n",
          (loaded - start) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000, rows);
    }
  }

  private static void loadRankings(Connection db, Path bdb) throws IOException, SQLException {
    load(db, bdb.resolve("rankings"), "rankings",
        "pageURL VARCHAR, pageRank INT, avgDuration INT");
  }

  private static void loadUservisits(Connection db, Path bdb) throws IOException, SQLException {
    load(db, bdb.resolve("uservisits"), "uservisits",
        "sourceIP VARCHAR, destURL VARCHAR, visitDate DATE, adRevenue DOUBLE PRECISION, userAgent VARCHAR, "
            + "countryCode VARCHAR, languageCode VARCHAR, searchWord VARCHAR, duration INT");
  }

  /** Creates {@code table} with {@code columns} and inserts every part file, converting CSVREAD's text to the column types. */
  private static void load(Connection db, Path dir, String table, String columns) throws IOException, SQLException {
    StringBuilder names = new StringBuilder();
    for (String column : columns.split(",")) {
      names.append(names.isEmpty() ? "" : ",").append(column.trim().split(" ")[0]);
    }
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE " + table + " (" + columns + ")");
    }
    try (Statement insert = db.createStatement()) {
      for (Path part : InputFiles.list(dir)) {
        // CSVREAD takes no bind parameters (H2 reads the file when it plans the statement).
        insert.executeUpdate("INSERT INTO " + table + " SELECT * FROM CSVREAD(" + literal(part.toString()) + ", "
            + literal(names.toString()) + ", " + literal(CSV_OPTIONS) + ")");
      }
    }
  }

  /** Sums and averages: H2 types AVG and SUM of doubles as DOUBLE or DECFLOAT; Marvel's are doubles. */
  private static boolean isFractional(ResultSetMetaData meta, int column) throws SQLException {
    int type = meta.getColumnType(column);
    return type == Types.DOUBLE || type == Types.FLOAT || type == Types.REAL || type == Types.DECIMAL
        || type == Types.NUMERIC || meta.getColumnTypeName(column).equals("DECFLOAT");
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static long write(PreparedStatement query, Path output) throws IOException, SQLException {
    Files.createDirectories(output);
    long rows = 0;
    try (ResultSet rs = query.executeQuery();
        BufferedWriter out = Files.newBufferedWriter(output.resolve("part-00000"), StandardCharsets.UTF_8)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          if (c > 1) {
            out.write('\t');
          }
          out.write(isFractional(meta, c) ? Double.toString(rs.getDouble(c)) : rs.getString(c));
        }
        out.write('\n');
        rows++;
      }
    }
    query.close();
    return rows;
  }
}
