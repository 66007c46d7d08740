package dev.marvel.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinSignatureTest {

  @Test
  void rejectsMalformedSignatures() {
    for (String bad : List.of("(string):string", "(string) : string", "(str): string",
        "(string,int): string", "(list<>): int", "(list<foo>): int", "string: int", "(int): ")) {
      assertThrows(IllegalArgumentException.class, () -> BuiltinSignature.parse(bad), bad);
    }
    assertEquals(new BuiltinSignature(List.of(), "int"), BuiltinSignature.parse("(): int"));
    assertEquals(List.of("list<list<date>>", "path"),
        BuiltinSignature.parse("(list<list<date>>, path): bool").params());
  }

  @Test
  void parsesTypesInOrder() {
    BuiltinSignature substr = BuiltinSignature.parse("(string, int, int): string");
    assertEquals(List.of("string", "int", "int"), substr.params());
    assertEquals("string", substr.result());
    assertEquals("string", BuiltinSignature.elementOf("list<string>"));
    assertEquals("list<int>", BuiltinSignature.elementOf("list<list<int>>"));
    assertNull(BuiltinSignature.elementOf("date"));
  }
}
