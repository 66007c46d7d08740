package dev.marvel.runtime.openwhisk;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds a thin action jar in a test: compiles Java sources against the test class path (Gson) and jars the classes. */
public final class ActionJar {
    private ActionJar() {}

    /** {@code sources} maps a class name ({@code test.Echo}) to its source text. */
    public static byte[] compile(Path workDir, Map<String, String> sources) {
        try {
            Path src = Files.createDirectories(workDir.resolve("src"));
            Path classes = Files.createDirectories(workDir.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : new TreeMap<>(sources).entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
                List<String> options = List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                        "--release", "17");
                boolean ok = compiler.getTask(null, fileManager, diagnostics, options, null,
                        fileManager.getJavaFileObjectsFromPaths(files)).call();
                if (!ok) {
                    throw new IllegalStateException("test action did not compile: " + diagnostics.getDiagnostics());
                }
            }
            return jar(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String base64(byte[] jar) {
        return Base64.getEncoder().encodeToString(jar);
    }

    private static byte[] jar(Path classes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes); Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
