package dev.marvel.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TaskJsonTest {

  private static TaskPayload reducePayload(List<Integer> producerAttempts) {
    return new TaskPayload("wordcount-7", "s2", 3, 1,
        List.of(new TaskInput.Partition("s1", 3, producerAttempts)),
        List.of(new TaskOutput.ToSink("counts", "file:/out/_temporary/wordcount-7/s2-3-1")),
        new TreeMap<>(Map.of("ignite", "127.0.0.1:10800")), BadRecordPolicy.SKIP, 1_700_000_000_000L);
  }

  @Test
  void payloadRoundTripsAndReadsAsReferences() {
    TaskPayload payload = reducePayload(List.of(0, 2, 0));
    JsonObject json = TaskJson.encode(payload);
    assertEquals(payload, TaskJson.decodePayload(json));
    assertEquals("{\"jobId\":\"wordcount-7\",\"stageId\":\"s2\",\"task\":3,\"attempt\":1,"
        + "\"inputs\":[{\"kind\":\"partition\",\"producer\":\"s1\",\"partition\":3,"
        + "\"producerAttempts\":[0,2,0]}],\"outputs\":[{\"kind\":\"sink\",\"sink\":\"counts\","
        + "\"attemptDir\":\"file:/out/_temporary/wordcount-7/s2-3-1\"}],"
        + "\"stores\":{\"ignite\":\"127.0.0.1:10800\"},\"badRecords\":\"skip\","
        + "\"deadlineEpochMs\":1700000000000}", json.toString());
  }

  @Test
  void splitPayloadRoundTrips() {
    TaskPayload payload = new TaskPayload("j", "s1", 0, 0,
        List.of(new TaskInput.Split("hdfs://nn/in.txt", 0, 134_217_728)),
        List.of(new TaskOutput.Shuffle(4, true), new TaskOutput.Broadcast()),
        new TreeMap<>(), BadRecordPolicy.FAIL, 5);
    assertEquals(payload, TaskJson.decodePayload(TaskJson.encode(payload)));
  }

  @Test
  void aSplitNamesItsSourceUnlessItIsTheFirst() {
    TaskPayload second = new TaskPayload("j", "s1", 0, 0,
        List.of(new TaskInput.Split("/in/tags.tsv", 0, 99, 1)),
        List.of(new TaskOutput.Shuffle(4, true)), new TreeMap<>(), BadRecordPolicy.FAIL, 5);
    JsonObject json = TaskJson.encode(second);
    assertEquals("{\"kind\":\"split\",\"path\":\"/in/tags.tsv\",\"start\":0,\"length\":99,\"source\":1}",
        json.getAsJsonArray("inputs").get(0).toString());
    assertEquals(second, TaskJson.decodePayload(json));
    JsonObject first = TaskJson.encode(new TaskPayload("j", "s1", 0, 0,
        List.of(new TaskInput.Split("/in/books.txt", 0, 99)), List.of(), new TreeMap<>(),
        BadRecordPolicy.FAIL, 5));
    assertFalse(first.getAsJsonArray("inputs").get(0).getAsJsonObject().has("source"),
        "payloads of single-source stages are as before");
  }

  @Test
  void aPlacementHintTravelsInOrderAndAnEmptyOneIsLeftOut() {
    TaskPayload placed = new TaskPayload("j", "s1", 0, 0,
        List.of(new TaskInput.Split("hdfs://nn/in.txt", 0, 1024)),
        List.of(new TaskOutput.Broadcast()), new TreeMap<>(), BadRecordPolicy.FAIL, 5,
        List.of("w2.example", "w1.example"));
    JsonObject json = TaskJson.encode(placed);
    assertEquals("[\"w2.example\",\"w1.example\"]", json.get("placement").toString());
    assertEquals(placed, TaskJson.decodePayload(json));
    assertFalse(TaskJson.encode(reducePayload(List.of(0))).has("placement"));
    assertEquals(List.of(), TaskJson.decodePayload(TaskJson.encode(reducePayload(List.of(0))))
        .placement());
  }

  @Test
  void aPayloadOverOneMegabyteIsRefused() {
    // 300k map tasks' attempts (~600 KB) still fit; 600k do not.
    assertTrue(TaskJson.size(TaskJson.encode(reducePayload(Collections.nCopies(300_000, 0))))
        <= TaskJson.MAX_BYTES);
    List<Integer> tooMany = new ArrayList<>(Collections.nCopies(600_000, 0));
    PayloadTooLargeException e = assertThrows(PayloadTooLargeException.class,
        () -> TaskJson.encode(reducePayload(tooMany)));
    assertTrue(e.getMessage().startsWith("the payload of task s2/3 is 12"), e.getMessage());
    assertTrue(e.getMessage().endsWith("over OpenWhisk's limit of 1048576 bytes; payloads must"
        + " carry references, not data"), e.getMessage());
  }

  @Test
  void resultsRoundTrip() {
    TaskResult ok = TaskResult.ok(new TaskCounters(10, 7, 1000, 300, 1, 300));
    assertEquals(ok, TaskJson.decodeResult(TaskJson.encode(ok)));
    TaskResult failed = TaskResult.failed(TaskError.user("cannot cast 'abc' to int",
        "wordcount.mvl:4:18"));
    JsonObject json = TaskJson.encode(failed);
    assertEquals("failed", json.get("status").getAsString());
    assertEquals(failed, TaskJson.decodeResult(json));
  }

  @Test
  void aPlatformErrorStringIsASystemError() {
    TaskResult r = TaskJson.decodeResult(JsonParser.parseString(
        "{\"error\":\"The action exceeded its time limits of 60000 milliseconds.\"}")
        .getAsJsonObject());
    assertFalse(r.succeeded());
    assertEquals(TaskError.system("The action exceeded its time limits of 60000 milliseconds."),
        r.error().orElseThrow());
  }

  @Test
  void aMalformedOrOversizedResultIsASystemFailure() {
    TaskResult malformed = TaskJson.decodeResult(JsonParser.parseString(
        "{\"counters\":{\"recordsIn\":\"many\"}}").getAsJsonObject());
    assertEquals(Optional.of(TaskError.Kind.SYSTEM), malformed.error().map(TaskError::kind));
    assertTrue(malformed.error().orElseThrow().message().contains(
        "counters.recordsIn: expected an integer, found \"many\""));

    JsonObject big = new JsonObject();
    big.addProperty("data", "x".repeat(TaskJson.MAX_BYTES));
    assertTrue(TaskJson.decodeResult(big).error().orElseThrow().message()
        .contains("over OpenWhisk's limit of 1048576 bytes"));
  }
}
