package dev.marvel.runtime.openwhisk.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where an OpenWhisk is and who we are there, as the {@code wsk} CLI keeps it in
 * {@code ~/.wskprops}: {@code APIHOST}, {@code AUTH} ({@code uuid:key}) and {@code NAMESPACE}
 * ({@code _} means the key's own namespace). {@link #toString()} never shows the key.
 */
public record WskProps(String apiHost, String auth, String namespace) {
    public static final String DEFAULT_NAMESPACE = "_";

    public WskProps {
        namespace = namespace == null || namespace.isBlank() ? DEFAULT_NAMESPACE : namespace;
    }

    /**
     * Reads the file {@code wsk} reads: {@code $WSK_CONFIG_FILE} if set, else {@code ~/.wskprops}.
     * A missing file gives empty properties, to be completed with the {@code with…} methods.
     */
    public static WskProps load(Map<String, String> environment) {
        String configured = environment.get("WSK_CONFIG_FILE");
        Path file = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".wskprops");
        return load(file);
    }

    /** Reads {@code KEY=value} lines; blank lines and {@code #} comments are skipped. */
    public static WskProps load(Path file) {
        Map<String, String> values = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.trim();
                int equals = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 0) {
                    continue;
                }
                values.put(trimmed.substring(0, equals).trim(), trimmed.substring(equals + 1).trim());
            }
        } catch (NoSuchFileException e) {
            return new WskProps("", "", DEFAULT_NAMESPACE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new WskProps(values.getOrDefault("APIHOST", ""), values.getOrDefault("AUTH", ""),
                values.getOrDefault("NAMESPACE", DEFAULT_NAMESPACE));
    }

    /**
     * Writes the three properties. The file holds a secret, so on POSIX file systems it is made
     * readable by its owner only before the key goes in.
     */
    public void write(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            if (Files.notExists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            }
            Files.setPosixFilePermissions(file, ownerOnly);
        }
        String text = "APIHOST=" + apiHost + "\nAUTH=" + auth + "\nNAMESPACE=" + namespace + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public WskProps withApiHost(String value) {
        return new WskProps(value, auth, namespace);
    }

    public WskProps withAuth(String value) {
        return new WskProps(apiHost, value, namespace);
    }

    public WskProps withNamespace(String value) {
        return new WskProps(apiHost, auth, value);
    }

    /**
     * The API host as a base URI. {@code wsk} accepts a bare host ({@code openwhisk.example.com})
     * and then speaks HTTPS.
     */
    public URI apiBase() {
        if (apiHost.isBlank()) {
            throw new IllegalStateException("No OpenWhisk API host is configured: set APIHOST in ~/.wskprops"
                    + " (or $WSK_CONFIG_FILE) or pass --apihost; for a local one run `marvelc serve`.");
        }
        String withScheme = apiHost.contains("://") ? apiHost : "https://" + apiHost;
        return URI.create(withScheme.endsWith("/") ? withScheme : withScheme + "/");
    }

    /** The key's uuid part, safe to show (the secret half is not). */
    public Optional<String> subject() {
        int colon = auth.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(auth.substring(0, colon));
    }

    @Override
    public String toString() {
        return "WskProps[apiHost=" + apiHost + ", auth=" + (auth.isEmpty() ? "(none)" : "(hidden)")
                + ", namespace=" + namespace + "]";
    }
}
