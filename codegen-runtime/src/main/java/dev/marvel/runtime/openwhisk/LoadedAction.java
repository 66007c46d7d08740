package dev.marvel.runtime.openwhisk;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * An action jar loaded for execution: its own class loader whose parent is the proxy's, so the
 * action links against the proxy's Gson and codegen-runtime (actions stay thin), and the
 * {@code public static main(JsonObject)} method named by the init request.
 */
public final class LoadedAction {
    private static final String DEFAULT_METHOD = "main";

    private final String name;
    private final URLClassLoader loader;
    private final Method main;

    private LoadedAction(String name, URLClassLoader loader, Method main) {
        this.name = name;
        this.loader = loader;
        this.main = main;
    }

    /**
     * Loads a base64-encoded jar. {@code mainSpec} is {@code com.example.Stage} or
     * {@code com.example.Stage#method}, as in OpenWhisk's Java runtime.
     *
     * @throws IllegalArgumentException with a message for the deployer when the code or main is unusable
     */
    public static LoadedAction load(String name, String base64Jar, String mainSpec, Path workDir) throws IOException {
        byte[] jar;
        try {
            jar = Base64.getMimeDecoder().decode(base64Jar);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The action code is not valid base64: " + e.getMessage());
        }
        Path jarFile = Files.createTempFile(workDir, "action-", ".jar");
        Files.write(jarFile, jar);
        URLClassLoader loader = new URLClassLoader(
                new URL[] {jarFile.toUri().toURL()}, LoadedAction.class.getClassLoader());
        try {
            return new LoadedAction(name, loader, findMain(loader, mainSpec));
        } catch (IllegalArgumentException e) {
            loader.close();
            throw e;
        }
    }

    private static Method findMain(ClassLoader loader, String mainSpec) {
        int hash = mainSpec.indexOf('#');
        String className = hash < 0 ? mainSpec : mainSpec.substring(0, hash);
        String methodName = hash < 0 ? DEFAULT_METHOD : mainSpec.substring(hash + 1);
        Class<?> mainClass;
        try {
            mainClass = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException(
                    "The action jar has no loadable class '" + className + "' (" + e + "); check the action's main.");
        }
        try {
            Method method = mainClass.getMethod(methodName, JsonObject.class);
            if (!Modifier.isStatic(method.getModifiers())) {
                throw new IllegalArgumentException(
                        "Method " + className + "." + methodName + "(JsonObject) must be static.");
            }
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("Class " + className + " has no public static "
                    + methodName + "(com.google.gson.JsonObject) method.");
        }
    }

    public String name() {
        return name;
    }

    /**
     * Calls the action's main on the current thread with the action's class loader as context
     * loader. Returns whatever main returned; throws what main threw.
     */
    public Object invoke(JsonObject args) throws Throwable {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return main.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
