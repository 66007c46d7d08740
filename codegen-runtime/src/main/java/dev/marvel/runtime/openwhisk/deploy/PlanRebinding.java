package dev.marvel.runtime.openwhisk.deploy;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Gives a compiled plan new values for its path parameters ({@code marvelc invoke -p
 * input=hdfs://…}): every input path and sink path that is exactly the parameter's compiled value
 * becomes the new value. A parameter the plan does not know, or one whose value is compiled into
 * the actions' code (a pattern, a threshold), cannot be rebound without compiling again.
 */
public final class PlanRebinding {
    private PlanRebinding() {}

    /** @throws IllegalArgumentException naming the parameter and what to do instead */
    public static Plan rebind(Plan plan, Map<String, String> values) {
        Plan result = plan;
        for (Map.Entry<String, String> value : new TreeMap<>(values).entrySet()) {
            result = rebindOne(result, value.getKey(), value.getValue());
        }
        return result;
    }

    private static Plan rebindOne(Plan plan, String name, String value) {
        String old = plan.parameters().get(name);
        if (old == null) {
            throw new IllegalArgumentException("pipeline " + plan.pipeline() + " has no parameter '" + name
                    + "'; its parameters are " + String.join(", ", plan.parameters().keySet()));
        }
        boolean used = false;
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : plan.stages()) {
            List<InputChannel> inputs = new ArrayList<>();
            for (InputChannel input : stage.inputs()) {
                if (input instanceof InputChannel.Splits splits && splits.paths().contains(old)) {
                    used = true;
                    List<String> paths = splits.paths().stream().map(p -> p.equals(old) ? value : p).toList();
                    inputs.add(new InputChannel.Splits(paths, splits.format(), splits.splitSize(), splits.options()));
                } else {
                    inputs.add(input);
                }
            }
            stages.add(new Stage(stage.id(), stage.action(), stage.jar(), stage.mainClass(), stage.operators(),
                    inputs, stage.outputs(), stage.parallelism(), stage.limits(), stage.spans()));
        }
        List<Sink> sinks = new ArrayList<>();
        for (Sink sink : plan.sinks()) {
            used |= sink.path().equals(old);
            sinks.add(sink.path().equals(old) ? new Sink(sink.id(), sink.format(), value, sink.options()) : sink);
        }
        if (!used) {
            throw new IllegalArgumentException("parameter '" + name + "' of pipeline " + plan.pipeline()
                    + " is not an input or output path, so its value is compiled into the actions; compile the"
                    + " bundle again with -p " + name + "=" + value + " and deploy it");
        }
        SortedMap<String, String> parameters = new TreeMap<>(plan.parameters());
        parameters.put(name, value);
        return new Plan(plan.formatVersion(), plan.pipeline(), parameters, stages, sinks);
    }
}
