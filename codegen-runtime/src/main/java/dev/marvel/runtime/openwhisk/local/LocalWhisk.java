package dev.marvel.runtime.openwhisk.local;

import com.sun.net.httpserver.HttpServer;
import dev.marvel.runtime.openwhisk.client.WskProps;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * {@code marvelc serve}: an OpenWhisk controller on the loopback interface, for running and
 * testing Marvel bundles on one machine through the same REST API and action protocol as a
 * cluster. Actions run in action-proxy child JVMs managed by a {@link ContainerPool}.
 */
public final class LocalWhisk implements AutoCloseable {

    /**
     * @param port          0 picks a free port
     * @param blockingWait  how long a blocking invoke waits before it turns into 202 (OpenWhisk: 60 s)
     */
    public record Options(int port, AuthKey key, String namespace, int maxContainers, int maxQueued,
                          Duration blockingWait, ProxyLaunch launch) {
        public static final int DEFAULT_PORT = 3233;

        public static Options defaults() {
            return new Options(DEFAULT_PORT, AuthKey.generate(new SecureRandom()), "guest",
                    Math.max(2, Runtime.getRuntime().availableProcessors()), 16, Duration.ofSeconds(60),
                    ProxyLaunch.ofCurrentJvm());
        }

        public Options withPort(int value) {
            return new Options(value, key, namespace, maxContainers, maxQueued, blockingWait, launch);
        }

        public Options withKey(AuthKey value) {
            return new Options(port, value, namespace, maxContainers, maxQueued, blockingWait, launch);
        }

        public Options withNamespace(String value) {
            return new Options(port, key, value, maxContainers, maxQueued, blockingWait, launch);
        }

        public Options withPool(int containers, int queued) {
            return new Options(port, key, namespace, containers, queued, blockingWait, launch);
        }

        public Options withBlockingWait(Duration value) {
            return new Options(port, key, namespace, maxContainers, maxQueued, value, launch);
        }
    }

    private final Options options;
    private final HttpServer server;
    private final ContainerPool pool;
    private final ExecutorService httpThreads;
    private final ExecutorService activationThreads;

    private LocalWhisk(Options options, PrintWriter err) throws IOException {
        this.options = options;
        this.pool = new ContainerPool(options.launch(), options.maxContainers(), options.maxQueued());
        this.httpThreads = Executors.newCachedThreadPool(daemon("serve-http"));
        this.activationThreads = Executors.newCachedThreadPool(daemon("serve-activation"));
        ContainerInvoker invoker = new ContainerInvoker(pool, activationThreads, options.key().asWskAuth());
        ControllerApi api = new ControllerApi(options.key(), options.namespace(), new EntityStore(options.namespace()),
                invoker, options.blockingWait(), err);
        // Loopback only: the API runs code it is sent, so it must not be reachable from the network.
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        server.createContext("/api/v1/", api);
        server.setExecutor(httpThreads);
    }

    public static LocalWhisk start(Options options, PrintWriter err) throws IOException {
        LocalWhisk whisk = new LocalWhisk(options, err);
        whisk.server.start();
        return whisk;
    }

    /** {@code http://127.0.0.1:port}. */
    public String apiHost() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public WskProps wskProps() {
        return new WskProps(apiHost(), options.key().asWskAuth(), options.namespace());
    }

    @Override
    public void close() {
        server.stop(0);
        pool.close();
        httpThreads.shutdownNow();
        activationThreads.shutdownNow();
    }

    /**
     * The {@code marvelc serve} command: starts, prints the API host and key, optionally writes them
     * to a {@code .wskprops} file, and serves until the process is stopped. Options:
     * {@code --port N} (default 3233), {@code --auth uuid:key} (default: a fresh random key),
     * {@code --namespace NAME} (default guest), {@code --wskprops FILE}, {@code --max-containers N},
     * {@code --max-queued N}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Options options = Options.defaults();
        Optional<Path> wskprops = Optional.empty();
        try {
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing a value after " + flag);
                }
                String value = args[++i];
                switch (flag) {
                    case "--port" -> options = options.withPort(number(flag, value, 0));
                    case "--auth" -> options = options.withKey(AuthKey.parse(value));
                    case "--namespace" -> options = options.withNamespace(value);
                    case "--wskprops" -> wskprops = Optional.of(Path.of(value));
                    case "--max-containers" -> options = options.withPool(number(flag, value, 1), options.maxQueued());
                    case "--max-queued" -> options = options.withPool(options.maxContainers(), number(flag, value, 0));
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("marvelc serve: " + e.getMessage());
            err.println("usage: marvelc serve [--port N] [--auth uuid:key] [--namespace NAME] [--wskprops FILE]"
                    + " [--max-containers N] [--max-queued N]");
            err.flush();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            LocalWhisk whisk = start(options, err);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                whisk.close();
                stopped.countDown();
            }));
            WskProps props = whisk.wskProps();
            out.println("marvelc serve: OpenWhisk API for namespace " + props.namespace() + " on " + props.apiHost()
                    + " (" + options.maxContainers() + " containers); stop with Ctrl-C");
            out.println("APIHOST=" + props.apiHost());
            out.println("AUTH=" + props.auth());
            out.println("NAMESPACE=" + props.namespace());
            if (wskprops.isPresent()) {
                props.write(wskprops.get());
                out.println("wrote " + wskprops.get());
            }
            out.flush();
            stopped.await();
            return 0;
        } catch (IOException e) {
            err.println("marvelc serve: cannot start on 127.0.0.1:" + options.port() + ": " + e.getMessage()
                    + " (is another marvelc serve running? pick another --port)");
            err.flush();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int number(String flag, String value, int min) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the same message as an out-of-range number.
        }
        throw new IllegalArgumentException(flag + " needs a whole number of at least " + min + ", not '" + value + "'");
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
