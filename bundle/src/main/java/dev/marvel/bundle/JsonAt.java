package dev.marvel.bundle;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A JSON object together with its path from the document root, read field by field. A missing
 * or mistyped field becomes a problem naming its path ({@code stages[1].limits.timeoutMs:
 * expected an integer}) and a neutral default, so one pass reports every problem.
 */
final class JsonAt {

  private final JsonObject object;
  private final String path;
  private final List<String> problems;
  private final Set<String> read = new HashSet<>();

  JsonAt(JsonObject object, String path, List<String> problems) {
    this.object = object;
    this.path = path;
    this.problems = problems;
  }

  String path(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  boolean has(String field) {
    read.add(field);
    return object.has(field);
  }

  String string(String field) {
    JsonElement e = get(field);
    if (e == null) {
      return "";
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      return wrong(field, "a string", "");
    }
    return e.getAsString();
  }

  long integer(String field) {
    JsonElement e = get(field);
    if (e == null) {
      return 0;
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      return wrong(field, "an integer", 0L);
    }
    try {
      return new BigDecimal(e.getAsJsonPrimitive().getAsString()).longValueExact();
    } catch (ArithmeticException | NumberFormatException notIntegral) {
      return wrong(field, "an integer", 0L);
    }
  }

  int int32(String field) {
    long value = integer(field);
    if (value != (int) value) {
      return wrong(field, "an integer below 2^31", 0);
    }
    return (int) value;
  }

  boolean bool(String field) {
    JsonElement e = get(field);
    if (e == null) {
      return false;
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
      return wrong(field, "true or false", false);
    }
    return e.getAsBoolean();
  }

  JsonAt object(String field) {
    JsonElement e = get(field);
    if (e == null || !e.isJsonObject()) {
      if (e != null) {
        wrong(field, "an object", null);
      }
      return new JsonAt(new JsonObject(), path(field), new ArrayList<>());
    }
    return new JsonAt(e.getAsJsonObject(), path(field), problems);
  }

  List<JsonAt> objects(String field) {
    List<JsonAt> result = new ArrayList<>();
    JsonArray array = array(field);
    for (int i = 0; i < array.size(); i++) {
      String at = path(field) + "[" + i + "]";
      if (array.get(i).isJsonObject()) {
        result.add(new JsonAt(array.get(i).getAsJsonObject(), at, problems));
      } else {
        problems.add(at + ": expected an object");
      }
    }
    return result;
  }

  List<String> strings(String field) {
    List<String> result = new ArrayList<>();
    JsonArray array = array(field);
    for (int i = 0; i < array.size(); i++) {
      JsonElement e = array.get(i);
      if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
        result.add(e.getAsString());
      } else {
        problems.add(path(field) + "[" + i + "]: expected a string");
      }
    }
    return result;
  }

  List<Integer> ints(String field) {
    List<Integer> result = new ArrayList<>();
    JsonArray array = array(field);
    for (int i = 0; i < array.size(); i++) {
      JsonElement e = array.get(i);
      if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
        result.add(e.getAsInt());
      } else {
        problems.add(path(field) + "[" + i + "]: expected an integer");
      }
    }
    return result;
  }

  /** An object of string values; absent means empty. */
  SortedMap<String, String> stringMap(String field) {
    SortedMap<String, String> result = new TreeMap<>();
    if (!has(field)) {
      return result;
    }
    JsonElement e = object.get(field);
    if (!e.isJsonObject()) {
      return wrong(field, "an object of strings", result);
    }
    for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
      JsonElement v = entry.getValue();
      if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
        result.put(entry.getKey(), v.getAsString());
      } else {
        problems.add(path(field) + "." + entry.getKey() + ": expected a string");
      }
    }
    return result;
  }

  /** Flags every field nobody asked for: a typo must not be silently ignored. */
  void rejectUnknownFields() {
    for (String field : new TreeSet<>(object.keySet())) {
      if (!read.contains(field)) {
        problems.add(path(field) + ": unknown field");
      }
    }
  }

  void problem(String field, String message) {
    problems.add(path(field) + ": " + message);
  }

  private JsonArray array(String field) {
    JsonElement e = get(field);
    if (e == null) {
      return new JsonArray();
    }
    if (!e.isJsonArray()) {
      return wrong(field, "an array", new JsonArray());
    }
    return e.getAsJsonArray();
  }

  private JsonElement get(String field) {
    if (!has(field) || object.get(field).isJsonNull()) {
      problems.add(path(field) + ": missing");
      return null;
    }
    return object.get(field);
  }

  private <T> T wrong(String field, String expected, T fallback) {
    JsonElement e = object.get(field);
    String found = e instanceof JsonPrimitive p ? p.toString() : e.isJsonArray() ? "an array"
        : "an object";
    problems.add(path(field) + ": expected " + expected + ", found " + found);
    return fallback;
  }
}
