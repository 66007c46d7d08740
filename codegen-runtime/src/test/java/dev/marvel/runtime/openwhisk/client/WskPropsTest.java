package dev.marvel.runtime.openwhisk.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WskPropsTest {
    private static final String AUTH = "23bc46b1-71f6-4ed5-8c54-816aa4f8c502:"
            + "123zO3xZCLrMN6v2BKK1dXYFpXlPkccOFqm12CdAsMgRU4VrNZ9lyGVCGuMDGIwP";

    @Test
    void readsWhatWskWritesSkippingCommentsAndBlankLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".wskprops");
        Files.writeString(file, "# made by hand\n\nAPIHOST=openwhisk.example.com\nAUTH=" + AUTH + "\nNAMESPACE = team-a \n");

        WskProps props = WskProps.load(Map.of("WSK_CONFIG_FILE", file.toString()));

        assertEquals(new WskProps("openwhisk.example.com", AUTH, "team-a"), props);
        assertEquals(URI.create("https://openwhisk.example.com/"), props.apiBase(), "a bare host means HTTPS, as for wsk");
    }

    @Test
    void writtenPropertiesReadBackAndTheFileIsPrivate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("local.wskprops");
        WskProps written = new WskProps("http://127.0.0.1:3233", AUTH, "guest");

        written.write(file);

        assertEquals(written, WskProps.load(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(URI.create("http://127.0.0.1:3233/"), written.apiBase());
    }

    @Test
    void aMissingFileGivesEmptyPropertiesThatOverridesComplete(@TempDir Path dir) {
        WskProps props = WskProps.load(dir.resolve("absent"));

        assertEquals(new WskProps("", "", "_"), props);
        IllegalStateException e = assertThrows(IllegalStateException.class, props::apiBase);
        assertEquals("No OpenWhisk API host is configured: set APIHOST in ~/.wskprops (or $WSK_CONFIG_FILE) or pass"
                + " --apihost; for a local one run `marvelc serve`.", e.getMessage());
        assertEquals(new WskProps("h:1", AUTH, "ns"), props.withApiHost("h:1").withAuth(AUTH).withNamespace("ns"));
    }

    @Test
    void neverShowsTheKey() {
        WskProps props = new WskProps("https://ow", AUTH, "_");

        assertFalse(props.toString().contains("123zO3x"), props.toString());
        assertEquals("23bc46b1-71f6-4ed5-8c54-816aa4f8c502", props.subject().orElseThrow());
    }
}
