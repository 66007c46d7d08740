package dev.marvel.bench.harness;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The results as a Markdown table, each system's wall time also as a ratio to the hand-written reference. */
final class Table {
  private Table() {}

  static String markdown(List<BenchMain.Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| workload | input | system | wall s (median) | CPU s | peak RSS MiB | MB/s | × hand-written |\n");
    sb.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
    for (BenchMain.Row r : rows) {
      Optional<BenchMain.Row> reference = rows.stream()
          .filter(x -> x.workload().equals(r.workload()) && x.bytes() == r.bytes() && x.system().equals("hand-written"))
          .findFirst();
      double wall = r.median().wallMillis() / 1000.0;
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %d | %.0f | %s |%n",
          r.workload(), size(r.bytes()), r.system(), wall, r.median().cpuMillis() / 1000.0,
          r.median().peakRssKiB() >> 10, r.bytes() / 1e6 / Math.max(wall, 1e-3),
          reference.map(ref -> String.format(Locale.ROOT, "%.2f",
              r.median().wallMillis() / (double) Math.max(1, ref.median().wallMillis()))).orElse("—")));
    }
    return sb.toString();
  }

  private static String size(long bytes) {
    return bytes >= 1 << 30 && bytes % (1 << 30) == 0 ? (bytes >> 30) + " GiB"
        : bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
  }
}
