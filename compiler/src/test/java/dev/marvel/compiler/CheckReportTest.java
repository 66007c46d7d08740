package dev.marvel.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors past {@link Diagnostics#MAX_REPORTED} are not shown, but the report still counts them. */
class CheckReportTest {
  /** 250 lines with a character that is not part of the language: one E0004 each. */
  private static final String TOO_MANY = "pipeline p() {\n" + "  #\n".repeat(250) + "}\n";

  @Test
  void theTextSaysHowManyErrorsWereNotShownAndCountsThem() {
    FrontEnd.Result result = FrontEnd.standard(getClass().getClassLoader())
        .check(new SourceFile("many.mvl", TOO_MANY));
    assertEquals(Diagnostics.MAX_REPORTED, result.diagnostics().size());
    assertEquals(50, result.notShown());

    String text = CheckReport.text(result);
    assertTrue(text.endsWith("note: 50 more errors were not shown\n\n"
        + "error: could not check `many.mvl` due to 250 previous errors\n"), text);
  }

  @Test
  void theJsonCountsTheErrorsNotShown() {
    FrontEnd.Result result = FrontEnd.standard(getClass().getClassLoader())
        .check(new SourceFile("many.mvl", TOO_MANY));
    JsonObject doc = JsonParser.parseString(CheckReport.json(List.of(result))).getAsJsonObject();
    assertEquals(250, doc.get("errors").getAsInt());
    assertEquals(50, doc.get("notShown").getAsInt());
    assertEquals(Diagnostics.MAX_REPORTED, doc.getAsJsonArray("diagnostics").size());
  }
}
