package dev.marvel.runtime.openwhisk;

import dev.marvel.runtime.openwhisk.local.LocalWhisk;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Usage mistakes on the two entry points end with exit code 2 and a message, before anything starts. */
class CommandLineTest {

    @Test
    void theProxyRejectsABadPort() {
        assertEquals("""
                action proxy: --port needs a non-negative number, not 'eighty'
                usage: ActionProxy [--port N (default 8080, 0 picks one)] [--host ADDRESS] [--max-time-ms N] [--stop-grace-ms N]
                """, usageError((out, err) -> ActionProxy.run(new String[] {"--port", "eighty"}, out, err)));
    }

    @Test
    void serveRejectsAMalformedKeyWithoutEchoingIt() {
        String error = usageError((out, err) -> LocalWhisk.run(new String[] {"--auth", "not-a-uuid:s3cr3t"}, out, err));

        assertEquals("marvelc serve: the part before the colon of an OpenWhisk key must be a UUID", error.lines().findFirst().orElseThrow());
    }

    @Test
    void serveRejectsAnUnknownOption() {
        String error = usageError((out, err) -> LocalWhisk.run(new String[] {"--apihost", "x"}, out, err));

        assertEquals("marvelc serve: unknown option --apihost", error.lines().findFirst().orElseThrow());
    }

    private static String usageError(BiFunction<PrintWriter, PrintWriter, Integer> command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = command.apply(new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code);
        assertEquals("", out.toString());
        return err.toString();
    }
}
