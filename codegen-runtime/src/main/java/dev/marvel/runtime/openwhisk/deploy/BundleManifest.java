package dev.marvel.runtime.openwhisk.deploy;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The action kind and image a bundle's {@code manifest.yaml} names (what {@code marvelc compile
 * --image} chose), so {@code marvelc deploy} creates the same actions {@code wskdeploy} would.
 * The compiler writes every action with the same {@code runtime:} and {@code docker:} values as
 * double-quoted scalars; only those two keys are read, not YAML in general.
 */
public record BundleManifest(Optional<String> kind, Optional<String> image) {
    public static final String FILE = "manifest.yaml";
    private static final Pattern RUNTIME = Pattern.compile("(?m)^\\s*runtime:\\s*(\".*\")\\s*$");
    private static final Pattern DOCKER = Pattern.compile("(?m)^\\s*docker:\\s*(\".*\")\\s*$");

    /** The first action's kind and image; empty values when the bundle has no manifest. */
    public static BundleManifest read(Path bundleDir) {
        String text;
        try {
            text = Files.readString(bundleDir.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new BundleManifest(Optional.empty(), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + bundleDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
        return new BundleManifest(first(RUNTIME, text), first(DOCKER, text));
    }

    private static Optional<String> first(Pattern key, String text) {
        Matcher matcher = key.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonParser.parseString(matcher.group(1)).getAsString());
        } catch (JsonParseException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
