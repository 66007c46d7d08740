package dev.marvel.samples.oracle;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Big Data Benchmark's queries run by an embedded H2 database over the benchmark's CSV
 * tables (comma-separated, no header, as {@code BdbTables} writes them), in the benchmark's own
 * SQL. Results are rows in Marvel's TSV text form ({@link Rows}), sorted; compare the double
 * columns ({@link #AGGREGATION_APPROXIMATE}, {@link #JOIN_APPROXIMATE}) with a tolerance.
 *
 * <pre>
 * try (BdbOracle bdb = BdbOracle.load(rankingsDir, uservisitsDir)) {
 *   List&lt;List&lt;String&gt;&gt; expected = bdb.scan(1000);
 * }
 * </pre>
 */
public final class BdbOracle implements AutoCloseable {

  /** Q2's total (column 1) is a sum of doubles. */
  public static final Integer[] AGGREGATION_APPROXIMATE = {1};
  /** Q3's totalRevenue and avgPageRank (columns 1 and 2) are computed in doubles. */
  public static final Integer[] JOIN_APPROXIMATE = {1, 2};

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Connection db;

  private BdbOracle(Connection db) {
    this.db = db;
  }

  /**
   * An in-memory database holding the tables read from the given files or directories of part
   * files; a null path leaves its table empty (Q1 needs only rankings, Q2 only uservisits).
   */
  public static BdbOracle load(Path rankings, Path uservisits) throws IOException, SQLException {
    Connection db = DriverManager.getConnection(
        "jdbc:h2:mem:bdb" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=0");
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE rankings (pageURL VARCHAR, pageRank INT, avgDuration INT)");
      s.execute("CREATE TABLE uservisits (sourceIP VARCHAR, destURL VARCHAR, visitDate DATE, "
          + "adRevenue DOUBLE PRECISION, userAgent VARCHAR, countryCode VARCHAR, "
          + "languageCode VARCHAR, searchWord VARCHAR, duration INT)");
      BdbOracle oracle = new BdbOracle(db);
      oracle.insert(rankings, "rankings", "STRING INT INT");
      oracle.insert(uservisits, "uservisits",
          "STRING STRING DATE DOUBLE STRING STRING STRING STRING INT");
      // Without it H2 joins by nested loops: seconds for a few thousand rows.
      s.execute("CREATE INDEX rankings_by_url ON rankings (pageURL)");
      return oracle;
    } catch (IOException | SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Q1: {@code SELECT pageURL, pageRank FROM rankings WHERE pageRank > X}. */
  public List<List<String>> scan(int x) throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement("SELECT pageURL, pageRank FROM rankings WHERE pageRank > ?")) {
      q.setInt(1, x);
      return rows(q, "STRING INT");
    }
  }

  /**
   * Q2: {@code SELECT SUBSTR(sourceIP, 1, X), SUM(adRevenue) FROM uservisits
   * GROUP BY SUBSTR(sourceIP, 1, X)}, for {@code x >= 0}.
   */
  public List<List<String>> aggregation(int x) throws SQLException {
    if (x < 0) {
      throw new IllegalArgumentException("the prefix length must not be negative, got " + x);
    }
    // X is an int, so writing it into the text is safe, and keeps the benchmark's exact query.
    String sql = "SELECT SUBSTR(sourceIP, 1, " + x + "), SUM(adRevenue) FROM uservisits "
        + "GROUP BY SUBSTR(sourceIP, 1, " + x + ")";
    try (PreparedStatement q = db.prepareStatement(sql)) {
      return rows(q, "STRING DOUBLE");
    }
  }

  /**
   * Q3: the source IP with the most ad revenue from visits between the dates (inclusive), with
   * its total revenue and the average rank of the pages it visited; at most one row.
   */
  public List<List<String>> join(LocalDate start, LocalDate end) throws SQLException {
    String sql = "SELECT sourceIP, totalRevenue, avgPageRank FROM ("
        + " SELECT UV.sourceIP, AVG(CAST(R.pageRank AS DOUBLE PRECISION)) AS avgPageRank,"
        + "   SUM(UV.adRevenue) AS totalRevenue"
        + " FROM rankings AS R, uservisits AS UV"
        + " WHERE R.pageURL = UV.destURL AND UV.visitDate BETWEEN ? AND ?"
        + " GROUP BY UV.sourceIP)"
        + " ORDER BY totalRevenue DESC LIMIT 1";
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setObject(1, start);
      q.setObject(2, end);
      return rows(q, "STRING DOUBLE DOUBLE");
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }

  private void insert(Path input, String table, String types)
      throws IOException, SQLException {
    if (input == null) {
      return;
    }
    String[] columnTypes = types.split(" ");
    String placeholders = "?" + ",?".repeat(columnTypes.length - 1);
    db.setAutoCommit(false);
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO " + table + " VALUES (" + placeholders + ")")) {
      int lineNumber = 0;
      for (String line : TextLines.of(List.of(input))) {
        lineNumber++;
        String[] fields = line.split(",", -1);
        if (fields.length != columnTypes.length) {
          throw new IOException(table + " line " + lineNumber + " has " + fields.length
              + " fields, expected " + columnTypes.length + ": " + line);
        }
        for (int c = 0; c < fields.length; c++) {
          insert.setObject(c + 1, parse(fields[c], columnTypes[c], table, lineNumber));
        }
        insert.addBatch();
        if (lineNumber % 10_000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    db.commit();
    db.setAutoCommit(true);
  }

  private static Object parse(String field, String type, String table, int line)
      throws IOException {
    try {
      return switch (type) {
        case "INT" -> Integer.parseInt(field);
        case "DOUBLE" -> Double.parseDouble(field);
        case "DATE" -> LocalDate.parse(field);
        default -> field;
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IOException(table + " line " + line + ": `" + field + "` is not a " + type, e);
    }
  }

  private static List<List<String>> rows(PreparedStatement query, String types)
      throws SQLException {
    String[] columnTypes = types.split(" ");
    List<List<String>> rows = new ArrayList<>();
    try (ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < columnTypes.length; c++) {
          row.add(switch (columnTypes[c]) {
            case "INT" -> Integer.toString(rs.getInt(c + 1));
            case "DOUBLE" -> Rows.format(rs.getDouble(c + 1));
            default -> rs.getString(c + 1);
          });
        }
        rows.add(row);
      }
    }
    return Rows.sorted(rows);
  }
}
