package dev.marvel.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitPlannerTest {
  @TempDir Path root;
  private final Configuration conf = new Configuration();

  @BeforeEach
  void files() throws IOException {
    write("in/b.txt", "bbbb\n");
    write("in/a.txt", "aaaaaaaaaa\n");
    write("in/_SUCCESS", "");
    write("in/.a.txt.crc", "junk");
    write("in/_logs.txt", "hidden\n");
    write("in/empty.txt", "");
    write("other/c.csv", "c\n");
    write("other/d.csv", "d\n");
    write("nested/top.txt", "t\n");
    write("nested/sub/deep.txt", "d\n");
  }

  @Test
  void directoryYieldsItsVisibleNonEmptyFilesSortedByPath() throws IOException {
    List<InputSplit> splits = plan(SplitSizing.BLOCKS, root.resolve("in").toString());
    assertEquals(List.of("a.txt:0+11", "b.txt:0+5"), names(splits));
  }

  @Test
  void globsAndPlainPathsMixAndDuplicatesAreReadOnce() throws IOException {
    List<InputSplit> splits = plan(SplitSizing.BLOCKS, root + "/other/*.csv",
        root.resolve("in/a.txt").toUri().toString(), root + "/in/a.*");
    assertEquals(List.of("a.txt:0+11", "c.csv:0+2", "d.csv:0+2"), names(splits));
  }

  @Test
  void aFileNamedExplicitlyIsReadEvenIfHidden() throws IOException {
    assertEquals(List.of("_logs.txt:0+7"), names(plan(SplitSizing.BLOCKS, root + "/in/_logs.txt")));
  }

  @Test
  void targetSizeCutsFilesWithTenPercentSlopForTheLastSplit() throws IOException {
    write("sized/f.txt", "x".repeat(31));
    assertEquals(List.of("f.txt:0+10", "f.txt:10+10", "f.txt:20+11"),
        names(plan(SplitSizing.target(10), root + "/sized")));
    assertEquals(List.of("f.txt:0+12", "f.txt:12+12", "f.txt:24+7"),
        names(plan(SplitSizing.target(12), root + "/sized")));
  }

  @Test
  void splitSizeFollowsFileInputFormatsRule() {
    assertEquals(128, SplitSizing.BLOCKS.splitSize(128));
    assertEquals(64, new SplitSizing(1, 64).splitSize(128));
    assertEquals(256, new SplitSizing(256, Long.MAX_VALUE).splitSize(128));
    assertThrows(IllegalArgumentException.class, () -> new SplitSizing(10, 5));
  }

  @Test
  void missingPathIsAnErrorNamingIt() {
    String missing = root + "/no/such/file.csv";
    InputPathException e = assertThrows(InputPathException.class, () -> plan(SplitSizing.BLOCKS, missing));
    assertEquals("input path '" + missing + "' does not exist (resolved to file:" + missing + ")",
        e.getMessage());
    assertEquals(missing, e.path());
  }

  @Test
  void globMatchingNothingIsAnErrorNamingIt() {
    String glob = root + "/in/*.parquet";
    InputPathException e = assertThrows(InputPathException.class, () -> plan(SplitSizing.BLOCKS, glob));
    assertEquals("input glob '" + glob + "' matched no files", e.getMessage());
  }

  @Test
  void subdirectoryOfAnInputDirectoryIsAnErrorSayingWhatToDo() {
    InputPathException e = assertThrows(InputPathException.class,
        () -> plan(SplitSizing.BLOCKS, root + "/nested"));
    assertEquals("input directory 'file:" + root + "/nested' contains the subdirectory 'sub';"
        + " directories are read one level deep: name the nested files with a glob such as 'file:"
        + root + "/nested/*/*'", e.getMessage());
  }

  @Test
  void emptyInputsYieldNoSplits() throws IOException {
    assertEquals(List.of(), plan(SplitSizing.target(1), root + "/in/empty.txt"));
  }

  @Test
  void compressedFileIsOneSplitAndReadsDecompressed() throws IOException {
    Path gz = root.resolve("gz/lines.txt.gz");
    Files.createDirectories(gz.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("one\ntwo\r\nthree".repeat(20).getBytes(StandardCharsets.US_ASCII));
    }
    List<InputSplit> splits = plan(SplitSizing.target(4), gz.toString());
    assertEquals(1, splits.size());
    List<String> lines = new ArrayList<>();
    try (LineReader reader = LineReader.open(conf, splits.get(0))) {
      while (reader.next()) {
        lines.add(reader.lineString());
      }
    }
    assertEquals(41, lines.size());
    assertEquals(List.of("one", "two", "threeone"), lines.subList(0, 3));
  }

  @Test
  void splitsRoundTripThroughTheirJsonPayload() throws IOException {
    for (InputSplit split : plan(SplitSizing.target(4), root + "/in")) {
      assertEquals(split, InputSplit.fromJson(split.toJson()));
    }
  }

  private List<InputSplit> plan(SplitSizing sizing, String... inputs) throws IOException {
    return new SplitPlanner(conf, sizing).plan(List.of(inputs));
  }

  private static List<String> names(List<InputSplit> splits) {
    return splits.stream()
        .map(s -> s.path().substring(s.path().lastIndexOf('/') + 1) + ":" + s.start() + "+" + s.length())
        .toList();
  }

  private void write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
