package dev.marvel.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled bundle directory: {@code plan.json}, {@code actions/<stage>.jar} and
 * {@code manifest.yaml}. Loading validates the plan and checks that every stage's action jar is
 * there, so a run fails before it starts rather than halfway.
 */
public record Bundle(Path dir, Plan plan) {

  public static final String PLAN_FILE = "plan.json";

  /** Reads and validates {@code dir/plan.json} and checks the action jars exist. */
  public static Bundle load(Path dir) {
    Path file = dir.resolve(PLAN_FILE);
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidPlanException(dir.toString(), List.of(PLAN_FILE
          + ": missing; is this a bundle directory written by `marvelc compile`?"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Plan plan = PlanReader.read(json, file.toString());
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < plan.stages().size(); i++) {
      Stage s = plan.stages().get(i);
      if (!Files.isRegularFile(dir.resolve(s.jar()))) {
        missing.add("stages[" + i + "].jar: " + s.jar() + " is not in the bundle");
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidPlanException(file.toString(), missing);
    }
    return new Bundle(dir, plan);
  }

  /** Writes {@code plan} as {@code dir/plan.json} (deterministic bytes, see {@link PlanWriter}). */
  public static void writePlan(Path dir, Plan plan) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(PLAN_FILE), PlanWriter.write(plan), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(PLAN_FILE), e);
    }
  }

  public Path actionJar(Stage stage) {
    return dir.resolve(stage.jar());
  }
}
