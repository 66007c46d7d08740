package dev.marvel.bench.harness;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The results as Markdown tables, each system's wall time also as a ratio to its workload's reference system. */
final class Table {
  private Table() {}

  /** Workloads × systems; the ratio is to the hand-written reference. */
  static String markdown(List<BenchMain.Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| workload | input | system | wall s (median) | CPU s | peak RSS MiB | MB/s | × hand-written |\n");
    sb.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
    for (BenchMain.Row r : rows) {
      sb.append("| ").append(r.workload()).append(" | ").append(size(r.bytes())).append(" | ").append(r.system())
          .append(figures(r)).append(" | ").append(ratio(r, rows)).append(" |\n");
    }
    return sb.toString();
  }

  /** One workload under each shuffle store, with the shuffle bytes the run reported; the ratio is to the first store. */
  static String shuffleStores(List<BenchMain.Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| workload | input | shuffle store | wall s (median) | CPU s | peak RSS MiB | MB/s | shuffled | × ")
        .append(rows.get(0).reference().replace("marvel --shuffle ", "")).append(" |\n");
    sb.append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (BenchMain.Row r : rows) {
      sb.append("| ").append(r.workload()).append(" | ").append(size(r.bytes())).append(" | ")
          .append(r.system().replace("marvel --shuffle ", "")).append(figures(r))
          .append(" | ").append(r.shuffled().orElse("—")).append(" | ").append(ratio(r, rows)).append(" |\n");
    }
    return sb.toString();
  }

  /** {@code | wall | CPU | RSS | MB/s}, without the closing bar. */
  private static String figures(BenchMain.Row r) {
    double wall = r.median().wallMillis() / 1000.0;
    return String.format(Locale.ROOT, " | %.2f | %.2f | %d | %.0f", wall, r.median().cpuMillis() / 1000.0,
        r.median().peakRssKiB() >> 10, r.bytes() / 1e6 / Math.max(wall, 1e-3));
  }

  private static String ratio(BenchMain.Row r, List<BenchMain.Row> rows) {
    Optional<BenchMain.Row> reference = rows.stream()
        .filter(x -> x.workload().equals(r.workload()) && x.bytes() == r.bytes() && x.system().equals(r.reference()))
        .findFirst();
    return reference.map(ref -> String.format(Locale.ROOT, "%.2f",
        r.median().wallMillis() / (double) Math.max(1, ref.median().wallMillis()))).orElse("—");
  }

  private static String size(long bytes) {
    return bytes >= 1 << 30 && bytes % (1 << 30) == 0 ? (bytes >> 30) + " GiB"
        : bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB"
        : bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20))
        : (bytes >> 10) + " KiB";
  }
}
