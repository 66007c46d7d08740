package dev.marvel.runtime.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.runtime.io.ByteSlice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Key bytes sort like their values (nulls last, descending inverted); rows and keys decode to what was written. */
class KeyAndRowCodecTest {

  @Test
  void longKeysSortNumericallyWithNullsLast() {
    assertSorted(List.of(w -> w.writeLong(Long.MIN_VALUE, false), w -> w.writeLong(-1, false),
        w -> w.writeLong(0, false), w -> w.writeLong(7, false), w -> w.writeLong(Long.MAX_VALUE, false),
        w -> w.writeNull(false)));
  }

  @Test
  void descendingKeysSortInReverseWithNullsFirst() {
    assertSorted(List.of(w -> w.writeNull(true), w -> w.writeDouble(10.75, true), w -> w.writeDouble(1.5, true),
        w -> w.writeDouble(-3, true)));
  }

  @Test
  void doubleKeysSortNumericallyAndZeroesAreEqual() {
    assertSorted(List.of(w -> w.writeDouble(Double.NEGATIVE_INFINITY, false), w -> w.writeDouble(-2.5, false),
        w -> w.writeDouble(-0.0, false), w -> w.writeDouble(1e-300, false), w -> w.writeDouble(3, false),
        w -> w.writeDouble(Double.NaN, false)));
    assertTrue(Arrays.equals(key(w -> w.writeDouble(-0.0, false)), key(w -> w.writeDouble(0.0, false))));
  }

  @Test
  void stringKeysSortByCodePointAndPrefixesFirst() {
    assertSorted(List.of(w -> w.writeString("", false), w -> w.writeString("a", false),
        w -> w.writeString("a\0", false), w -> w.writeString("a\0b", false), w -> w.writeString("ab", false),
        w -> w.writeString("é", false), w -> w.writeString("😀", false)));
    assertTrue(Arrays.equals(key(w -> w.writeString("x\0y", false)),
        key(w -> w.writeBytes(ByteSlice.of("x\0y"), false))));
  }

  @Test
  void compositeKeysDecodeFieldByField() {
    KeyWriter w = new KeyWriter();
    w.writeString("a\0b", false);
    w.writeNull(false);
    w.writeLong(-42, false);
    w.writeDouble(2.5, false);
    w.writeBool(true, false);
    w.writeBytes(ByteSlice.of("plain"), false);
    KeyReader r = new KeyReader().reset(w.toByteArray(), 0);
    assertFalse(r.nextIsNull());
    assertEquals("a\0b", r.readSlice(new ByteSlice()).toString());
    assertTrue(r.nextIsNull());
    assertFalse(r.nextIsNull());
    assertEquals(-42, r.readLong());
    assertEquals(2.5, r.readDouble());
    assertTrue(r.readBool());
    assertEquals("plain", r.readString());
  }

  @Test
  void rowsRoundTripWithNulls() {
    RowWriter w = new RowWriter().reset(10);
    w.writeInt(-7);
    w.writeNull();
    w.writeLong(Long.MIN_VALUE);
    w.writeDouble(-0.5);
    w.writeBool(false);
    w.writeString("naïve 😀");
    w.writeBytes(ByteSlice.of("bytes"));
    w.writeNull();
    w.writeNull();
    w.writeLong(300);
    RowReader r = new RowReader().reset(w.toByteArray(), 0, 10);
    assertEquals(-7, r.readInt());
    assertTrue(r.isNull(1));
    assertFalse(r.isNull(2));
    assertEquals(Long.MIN_VALUE, r.readLong());
    assertEquals(-0.5, r.readDouble());
    assertFalse(r.readBool());
    assertEquals("naïve 😀", r.readString());
    assertEquals("bytes", r.readSlice(new ByteSlice()).toString());
    assertTrue(r.isNull(7) && r.isNull(8) && !r.isNull(9));
    assertEquals(300, r.readLong());
    assertEquals(w.length(), r.position());
  }

  private static void assertSorted(List<Consumer<KeyWriter>> ascending) {
    List<byte[]> keys = new ArrayList<>();
    ascending.forEach(k -> keys.add(key(k)));
    for (int i = 1; i < keys.size(); i++) {
      assertTrue(Arrays.compareUnsigned(keys.get(i - 1), keys.get(i)) < 0, "key " + (i - 1) + " < key " + i);
    }
  }

  private static byte[] key(Consumer<KeyWriter> write) {
    KeyWriter w = new KeyWriter();
    write.accept(w);
    return w.toByteArray();
  }
}
