package collabgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts a Neo4j Community DBMS in this JVM with only the Bolt connector, on a loopback address.
 * Prints {@code NEO4J_READY bolt://host:port} once the default database answers. Stops cleanly on
 * SIGTERM/SIGINT and when standard input closes, so it never outlives the Node process that
 * started it. Authentication is off: the connector only listens on the loopback interface.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    try {
      Map<String, String> options = parse(args);
      Path dataDir = Path.of(require(options, "data-dir")).toAbsolutePath();
      String[] address = options.getOrDefault("bolt-address", "127.0.0.1:7687").split(":");
      String host = address[0];
      int port = Integer.parseInt(address[1]);
      Files.createDirectories(dataDir);

      DatabaseManagementService service =
          new DatabaseManagementServiceBuilder(dataDir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              // Bolt waits 5 s per phase for idle workers on shutdown; the driver is closed first.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
              .setConfig(
                  GraphDatabaseSettings.pagecache_memory,
                  ByteUnit.parse(options.getOrDefault("page-cache", "256m")))
              // One transaction may not take the whole memory pool: a researcher's large query
              // fails alone (TransactionOutOfMemoryError) instead of every concurrent one.
              .setConfig(
                  GraphDatabaseSettings.memory_transaction_max_size,
                  ByteUnit.parse(options.getOrDefault("tx-memory", "256m")))
              .setConfig(
                  GraphDatabaseSettings.transaction_timeout,
                  Duration.ofSeconds(Long.parseLong(options.getOrDefault("tx-timeout", "60"))))
              .build();

      AtomicBoolean stopped = new AtomicBoolean(false);
      CountDownLatch done = new CountDownLatch(1);
      Runnable stop =
          () -> {
            if (stopped.compareAndSet(false, true)) {
              service.shutdown();
              System.out.println("NEO4J_STOPPED");
              System.out.flush();
              done.countDown();
            }
          };
      Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

      GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!database.isAvailable(Duration.ofMinutes(2).toMillis())) {
        throw new IllegalStateException("the default database did not become available");
      }
      System.out.println("NEO4J_READY bolt://" + host + ":" + port);
      System.out.flush();

      Thread stdinWatcher =
          new Thread(
              () -> {
                try (InputStream in = System.in) {
                  while (in.read() != -1) {
                    // Anything the parent writes is ignored; only the end of the stream matters.
                  }
                } catch (IOException ignored) {
                  // A broken pipe means the parent is gone: stop as on EOF.
                }
                stop.run();
                System.exit(0);
              },
              "stdin-watcher");
      stdinWatcher.setDaemon(true);
      stdinWatcher.start();
      done.await();
    } catch (Throwable error) {
      System.out.println("NEO4J_FAILED " + error);
      System.out.flush();
      System.exit(1);
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
