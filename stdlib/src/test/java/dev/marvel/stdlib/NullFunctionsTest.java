package dev.marvel.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NullFunctionsTest {

  @Test
  void coalesceTakesTheFirstNonNullOfEachType() {
    assertEquals(1, NullFunctions.coalesce(1, 2));
    assertEquals(2, NullFunctions.coalesce(null, (Integer) 2));
    assertEquals(7L, NullFunctions.coalesce(null, (Long) 7L));
    assertEquals(0.5, NullFunctions.coalesce((Double) 0.5, null));
    assertEquals("", NullFunctions.coalesce("", "fallback"), "empty is not null");
    assertEquals("b", NullFunctions.coalesce(null, "b"));
    assertEquals(false, NullFunctions.coalesce(null, (Boolean) false));
    assertEquals(3652, NullFunctions.coalesceDate(null, 3652));
  }

  @Test
  void coalesceOfTwoNullsIsNull() {
    assertNull(NullFunctions.coalesce((String) null, null));
    assertNull(NullFunctions.coalesceDate(null, null));
  }
}
