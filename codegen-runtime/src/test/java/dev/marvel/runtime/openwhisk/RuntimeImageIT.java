package dev.marvel.runtime.openwhisk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime image's Dockerfile against what {@code mvn package} produced: every {@code COPY}
 * source exists (runs in the {@code verify} phase, after {@code package}), and what is copied is a
 * working proxy class path with the JVM flags filled in.
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
    void theCopiedClassPathHoldsTheProxyAndGson29() throws IOException {
        Path runtimeJar = resolve("codegen-runtime/target/marvel-codegen-runtime-*.jar").get(0);
        try (JarFile jar = new JarFile(runtimeJar.toFile())) {
            assertNotNull(jar.getEntry("dev/marvel/runtime/openwhisk/ActionProxy.class"), "the image's main class");
        }
        assertTrue(Files.exists(REPOSITORY.resolve("codegen-runtime/target/runtime-image/lib/gson-2.9.0.jar")),
                "actions link against the proxy's Gson 2.9.0");
    }

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
