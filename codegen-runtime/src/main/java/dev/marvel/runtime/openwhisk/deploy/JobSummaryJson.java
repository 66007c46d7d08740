package dev.marvel.runtime.openwhisk.deploy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.marvel.bundle.TaskCounters;
import dev.marvel.runtime.driver.JobSummary;
import dev.marvel.runtime.driver.StageSummary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A job summary as the driver action's result — counters only, never data — and back, so
 * {@code marvelc invoke} and {@code marvelc status} print it as {@code marvelc run} does.
 */
public final class JobSummaryJson {
    private JobSummaryJson() {}

    public static JsonObject encode(JobSummary summary) {
        JsonObject json = new JsonObject();
        json.addProperty("jobId", summary.jobId());
        json.addProperty("status", "succeeded");
        json.addProperty("elapsedMs", summary.elapsed().toMillis());
        JsonArray stages = new JsonArray();
        for (StageSummary stage : summary.stages()) {
            JsonObject s = new JsonObject();
            s.addProperty("stage", stage.stageId());
            s.addProperty("operators", stage.operators());
            s.addProperty("tasks", stage.tasks());
            s.addProperty("attempts", stage.attempts());
            TaskCounters c = stage.totals();
            s.addProperty("recordsIn", c.recordsIn());
            s.addProperty("recordsOut", c.recordsOut());
            s.addProperty("bytesIn", c.bytesIn());
            s.addProperty("bytesOut", c.bytesOut());
            s.addProperty("badRecords", c.badRecords());
            s.addProperty("shuffleBytes", c.shuffleBytes());
            s.addProperty("elapsedMs", stage.elapsed().toMillis());
            stages.add(s);
        }
        json.add("stages", stages);
        return json;
    }

    /** @throws IllegalArgumentException when {@code json} is not a summary this class wrote */
    public static JobSummary decode(JsonObject json) {
        try {
            List<StageSummary> stages = new ArrayList<>();
            for (JsonElement element : json.getAsJsonArray("stages")) {
                JsonObject s = element.getAsJsonObject();
                stages.add(new StageSummary(s.get("stage").getAsString(), s.get("operators").getAsString(),
                        s.get("tasks").getAsInt(), s.get("attempts").getAsInt(),
                        new TaskCounters(s.get("recordsIn").getAsLong(), s.get("recordsOut").getAsLong(),
                                s.get("bytesIn").getAsLong(), s.get("bytesOut").getAsLong(),
                                s.get("badRecords").getAsLong(), s.get("shuffleBytes").getAsLong()),
                        Duration.ofMillis(s.get("elapsedMs").getAsLong())));
            }
            return new JobSummary(json.get("jobId").getAsString(), stages,
                    Duration.ofMillis(json.get("elapsedMs").getAsLong()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Marvel job summary: " + json, e);
        }
    }
}
