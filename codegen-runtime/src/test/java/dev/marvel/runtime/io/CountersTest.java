package dev.marvel.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class CountersTest {
  @Test
  void countersAddUpAndTravelAsJson() {
    Counters task = Counters.input(10, 1000, 2).plus(Counters.output(7, 300));
    assertEquals(new Counters(10, 1000, 7, 300, 2), task);
    assertEquals("{\"recordsIn\":10,\"bytesIn\":1000,\"recordsOut\":7,\"bytesOut\":300,\"badRecords\":2}",
        task.toJson().toString());
    assertEquals(task, Counters.fromJson(task.toJson()));
    assertEquals(Counters.ZERO, Counters.fromJson(new JsonObject()));
  }
}
