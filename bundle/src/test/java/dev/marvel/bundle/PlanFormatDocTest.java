package dev.marvel.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/plan-format.md shows the plan PlanWriter really writes. */
class PlanFormatDocTest {

  @Test
  void theDocumentedWordCountPlanIsWhatTheWriterProduces() throws IOException {
    String doc = Files.readString(Path.of("../docs/plan-format.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json\n{\n  \"formatVersion\"") + "```json\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));
    assertEquals(PlanWriter.write(SamplePlans.wordCount()), example);
    assertEquals(SamplePlans.wordCount(), PlanReader.read(example, "docs/plan-format.md"));
  }
}
