package dev.marvel.runtime.openwhisk.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An OpenWhisk API key: a UUID naming the subject, a colon, and a 64-character secret of letters
 * and digits. {@link #toString()} hides the secret.
 */
public record AuthKey(UUID uuid, String secret) {
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9]{64}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public AuthKey {
        if (!SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("the key after the colon must be 64 letters and digits");
        }
    }

    public static AuthKey generate(SecureRandom random) {
        StringBuilder secret = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new AuthKey(new UUID(random.nextLong(), random.nextLong()), secret.toString());
    }

    /**
     * Parses {@code uuid:key}.
     *
     * @throws IllegalArgumentException saying which part is wrong (without echoing the secret)
     */
    public static AuthKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("an OpenWhisk key is 'uuid:key' (a UUID, a colon, 64 letters and digits)");
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(text.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the part before the colon of an OpenWhisk key must be a UUID");
        }
        return new AuthKey(uuid, text.substring(colon + 1));
    }

    /** The form {@code wsk} and {@code .wskprops} use. */
    public String asWskAuth() {
        return uuid + ":" + secret;
    }

    /** Whether an HTTP {@code Authorization} header carries this key; compares in constant time. */
    public boolean acceptsAuthorization(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] expected = Base64.getEncoder().encodeToString(asWskAuth().getBytes(StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.substring(6).trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    @Override
    public String toString() {
        return "AuthKey[" + uuid + ":(hidden)]";
    }
}
