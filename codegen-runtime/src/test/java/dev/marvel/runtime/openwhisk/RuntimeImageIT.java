package dev.marvel.runtime.openwhisk;

import dev.marvel.runtime.openwhisk.local.ProxyLaunch;
import dev.marvel.runtime.openwhisk.local.ProxyProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime image's Dockerfile against what {@code mvn package} produced: every {@code COPY}
 * source exists (runs in the {@code verify} phase, after {@code package}), and what is copied is a
 * working proxy: a JVM started with exactly the image's class path and flags serves an action.
 */
class RuntimeImageIT {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final Path DOCKERFILE = REPOSITORY.resolve("deploy/runtime/Dockerfile");

    @Test
    void everyCopySourceOfTheDockerfileExistsAfterPackage() throws IOException {
        List<String> sources = copySources(Files.readAllLines(DOCKERFILE));

        assertEquals(List.of("codegen-runtime/target/runtime-image/lib/", "codegen-runtime/target/marvel-codegen-runtime-*.jar",
                "codegen-runtime/target/runtime-image/jvm.options"), sources);
        for (String source : sources) {
            assertFalse(resolve(source).isEmpty(), "COPY source " + source + " matches nothing under " + REPOSITORY
                    + "; run `mvn -pl codegen-runtime -am package` first");
        }
    }

    @Test
    void theCopiedClassPathAndFlagsRunTheProxy(@TempDir Path workDir) throws Exception {
        Path lib = REPOSITORY.resolve("codegen-runtime/target/runtime-image/lib");
        assertTrue(Files.exists(lib.resolve("gson-2.9.0.jar")), "actions link against the proxy's Gson 2.9.0");
        Path runtimeJar = resolve("codegen-runtime/target/marvel-codegen-runtime-*.jar").get(0);
        List<String> flags = List.of(Files.readString(REPOSITORY.resolve("codegen-runtime/target/runtime-image/jvm.options"))
                .trim().split("\\s+"));
        ProxyLaunch image = new ProxyLaunch(Path.of(System.getProperty("java.home"), "bin", "java"),
                lib + "/*" + File.pathSeparator + runtimeJar, flags);

        try (ProxyProcess proxy = ProxyProcess.start(image, 128, 60_000)) {
            String jar = ActionJar.base64(ActionJar.compile(workDir, Map.of("test.Hello", HELLO)));
            HttpResponse<String> init = proxy.post("/init", "{\"value\":{\"name\":\"hello\",\"main\":\"test.Hello\","
                    + "\"binary\":true,\"code\":\"" + jar + "\"}}", Duration.ofSeconds(30));
            assertEquals(200, init.statusCode(), init.body());
            HttpResponse<String> run = proxy.post("/run", "{\"value\":{}}", Duration.ofSeconds(30));
            assertEquals("{\"gson\":\"gson-2.9.0.jar\"}", run.body(), "the action links against the image's Gson");
        }
    }

    private static final String HELLO = """
            package test;
            import com.google.gson.JsonObject;
            public class Hello {
                public static JsonObject main(JsonObject args) throws Exception {
                    JsonObject result = new JsonObject();
                    java.net.URL gson = JsonObject.class.getProtectionDomain().getCodeSource().getLocation();
                    result.addProperty("gson", java.nio.file.Path.of(gson.toURI()).getFileName().toString());
                    return result;
                }
            }
            """;

    @Test
    void theJvmOptionsAreFilledInFromTheParentPom() throws IOException {
        String options = Files.readString(REPOSITORY.resolve("codegen-runtime/target/runtime-image/jvm.options")).trim();

        assertFalse(options.contains("${"), options);
        assertTrue(options.contains("--add-opens=java.base/java.nio=ALL-UNNAMED"), options);
        assertTrue(options.contains("--add-opens=java.base/java.util=ALL-UNNAMED"), options);
    }

    /** The sources of every COPY/ADD instruction (all words but the last, flags skipped). */
    static List<String> copySources(List<String> lines) {
        List<String> sources = new ArrayList<>();
        for (String line : lines) {
            String[] words = line.trim().split("\\s+");
            if (words.length < 3 || !(words[0].equalsIgnoreCase("COPY") || words[0].equalsIgnoreCase("ADD"))) {
                continue;
            }
            for (int i = 1; i < words.length - 1; i++) {
                if (!words[i].startsWith("--")) {
                    sources.add(words[i]);
                }
            }
        }
        return sources;
    }

    /** The files a COPY source names, glob patterns in the last path element expanded as Docker does. */
    private static List<Path> resolve(String source) throws IOException {
        Path path = REPOSITORY.resolve(source);
        String last = path.getFileName().toString();
        if (!last.contains("*") && !last.contains("?")) {
            return Files.exists(path) && (!Files.isDirectory(path) || hasFiles(path)) ? List.of(path) : List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + last);
        if (!Files.isDirectory(path.getParent())) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(path.getParent())) {
            return children.filter(child -> matcher.matches(child.getFileName())).sorted().toList();
        }
    }

    private static boolean hasFiles(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.findAny().isPresent();
        }
    }
}
