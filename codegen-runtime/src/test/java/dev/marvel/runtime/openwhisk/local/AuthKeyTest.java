package dev.marvel.runtime.openwhisk.local;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthKeyTest {
    @Test
    void generatedKeysHaveOpenWhisksShapeAndDiffer() {
        SecureRandom random = new SecureRandom();
        AuthKey key = AuthKey.generate(random);

        assertTrue(key.asWskAuth().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[A-Za-z0-9]{64}"),
                key.asWskAuth());
        assertEquals(key, AuthKey.parse(key.asWskAuth()));
        assertNotEquals(key, AuthKey.generate(random));
        assertFalse(key.toString().contains(key.secret()));
    }

    @Test
    void acceptsOnlyItsOwnBasicCredentials() {
        AuthKey key = AuthKey.generate(new SecureRandom());
        String basic = Base64.getEncoder().encodeToString(key.asWskAuth().getBytes(StandardCharsets.UTF_8));

        assertTrue(key.acceptsAuthorization("Basic " + basic));
        assertFalse(key.acceptsAuthorization(null));
        assertFalse(key.acceptsAuthorization("Bearer " + basic));
        assertFalse(key.acceptsAuthorization("Basic " + basic.substring(1)));
    }

    @Test
    void malformedKeysSayWhichPartIsWrong() {
        assertEquals("an OpenWhisk key is 'uuid:key' (a UUID, a colon, 64 letters and digits)",
                assertThrows(IllegalArgumentException.class, () -> AuthKey.parse("nocolon")).getMessage());
        assertEquals("the part before the colon of an OpenWhisk key must be a UUID",
                assertThrows(IllegalArgumentException.class, () -> AuthKey.parse("abc:" + "a".repeat(64))).getMessage());
        assertEquals("the key after the colon must be 64 letters and digits",
                assertThrows(IllegalArgumentException.class,
                        () -> AuthKey.parse("23bc46b1-71f6-4ed5-8c54-816aa4f8c502:short")).getMessage());
    }
}
