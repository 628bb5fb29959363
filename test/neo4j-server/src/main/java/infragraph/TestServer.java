package infragraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A throwaway in-process Neo4j for infragraph's tests: Bolt only, on a free loopback port, no auth.
 *
 * <p>Protocol with the parent process (test/neo4j/server.ts): one line {@code BOLT bolt://127.0.0.1:PORT} on
 * stdout once the server accepts connections; the server shuts down when its stdin reaches end of file, so a
 * parent that dies (even by SIGKILL) takes the server with it. Usage: {@code TestServer <working dir>}.
 */
public final class TestServer {
    private static final long PAGE_CACHE_BYTES = 64L * 1024 * 1024;

    private TestServer() {}

    public static void main(String[] args) throws IOException {
        Path workingDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("infragraph-neo4j-");
        Files.createDirectories(workingDir);

        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workingDir)
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                // The default page cache is sized from the machine's RAM; tests need a few MB.
                .withConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                // Netty's default 5 s quiet period per event-loop group made every stop take ~10 s.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();

        AtomicBoolean closed = new AtomicBoolean(false);
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                neo4j.close();
                // The harness deletes its own subfolder; drop the parent too, so a parent killed before its own
                // cleanup leaves nothing behind.
                deleteIfEmpty(workingDir);
            }
        };
        // SIGTERM/SIGINT still close the store cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(close, "neo4j-shutdown"));

        System.out.println("BOLT " + neo4j.boltURI());
        System.out.flush();

        waitForEndOfInput(System.in);
        close.run();
        System.out.println("STOPPED");
        System.out.flush();
        System.exit(0);
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            System.err.println("cannot delete " + dir + ": " + e);
        }
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone: shut down as for end of input.
            System.err.println("stdin: " + e.getMessage());
        }
    }
}
