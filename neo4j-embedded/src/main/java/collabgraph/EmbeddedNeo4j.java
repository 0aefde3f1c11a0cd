package collabgraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts a Neo4j Community DBMS in this JVM with only the Bolt connector, on a loopback address,
 * with authentication on. Prints {@code NEO4J_READY bolt://host:port} once the default database
 * answers and the {@code neo4j} user's password is the one in the password file. Stops cleanly on
 * SIGTERM/SIGINT and when standard input closes, so it never outlives the Node process that
 * started it. A {@code CHECKPOINT} line on standard input forces a checkpoint.
 *
 * <p>With {@code --spare-scratch-dir DIR} it is a warm spare instead: it warms Neo4j up on that scratch
 * folder, prints {@code NEO4J_SPARE_READY} and waits for a line {@code OPEN} followed by the usual
 * {@code --name value} arguments, tab-separated; then it opens that store as above.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  /** Where the DBMS keeps its users: absent until the first start creates it. */
  private static final Path SYSTEM_DATABASE_FOLDER = Path.of("data", "databases", GraphDatabaseSettings.SYSTEM_DATABASE_NAME);

  public static void main(String[] args) {
    // The JVM is up and this class loaded: what comes after is Neo4j's own start (timed by the supervisor).
    System.out.println("NEO4J_BOOTING");
    System.out.flush();
    BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try {
      Map<String, String> options = parse(args);
      if (options.containsKey("spare-scratch-dir")) {
        warmUp(Path.of(options.get("spare-scratch-dir")).toAbsolutePath(), options);
        System.out.println("NEO4J_SPARE_READY");
        System.out.flush();
        String open = stdin.readLine();
        // Standard input closed before an OPEN: the service no longer needs this spare.
        if (open == null || !open.startsWith("OPEN\t")) System.exit(0);
        options.putAll(parse(open.substring("OPEN\t".length()).split("\t")));
      }
      Path dataDir = Path.of(require(options, "data-dir")).toAbsolutePath();
      String[] address = options.getOrDefault("bolt-address", "127.0.0.1:7687").split(":");
      String host = address[0];
      int port = Integer.parseInt(address[1]);
      Path passwordFile = Path.of(require(options, "password-file")).toAbsolutePath();
      Files.createDirectories(dataDir);
      // The store files are the graph: only this user may read them, as only it may read the password.
      Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
      if (!Files.exists(passwordFile) || !Files.exists(dataDir.resolve(SYSTEM_DATABASE_FOLDER))) {
        setPasswordWithoutBolt(dataDir, options, passwordFile);
      }
      Files.setPosixFilePermissions(passwordFile, OWNER_ONLY);

      DatabaseManagementService service =
          configured(new DatabaseManagementServiceBuilder(dataDir), options)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              // Bolt waits 5 s per phase for idle workers on shutdown; the driver is closed first.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
              .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
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
                try (stdin) {
                  for (String line = stdin.readLine(); line != null; line = stdin.readLine()) {
                    if (line.equals("CHECKPOINT")) checkpoint(database);
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

  /**
   * Makes this JVM a warm spare: starts a DBMS on an empty scratch folder (no Bolt), runs the training
   * statements (the class-data archive's too, {@code training.cypher}) so that the Cypher front end,
   * planner and runtime are loaded and compiled by the JIT, and shuts it down. A JVM that has done
   * this opens the real store and plans the service's first statements in a fraction of a cold JVM's
   * time: the supervisor keeps one ready to take over after a crash.
   */
  private static void warmUp(Path scratch, Map<String, String> options) throws IOException {
    deleteRecursively(scratch);
    DatabaseManagementService service =
        configured(new DatabaseManagementServiceBuilder(scratch), options).setConfig(BoltConnector.enabled, false).build();
    try {
      GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      List<String> statements = trainingStatements();
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        for (String statement : statements) database.executeTransactionally(statement);
      }
    } finally {
      service.shutdown();
      deleteRecursively(scratch);
    }
  }

  /**
   * One round: the first answer after taking over came 1.4 s after the OPEN (quiet machine), 1.2 s
   * after four rounds and 1.1 s after eight, for 22, 32 and 39 s of warm-up CPU (a cold JVM: 5.2 s).
   */
  private static final int WARM_UP_ROUNDS = 1;

  /** The training statements, one per line (`--` lines are comments), shared with scripts/build-neo4j.js. */
  private static List<String> trainingStatements() throws IOException {
    try (var in = EmbeddedNeo4j.class.getResourceAsStream("/training.cypher")) {
      if (in == null) throw new IOException("training.cypher is missing from the launcher jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("--"))
          .toList();
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) return;
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
    }
  }

  /**
   * Writes every committed transaction into the store files now, and prints {@code NEO4J_CHECKPOINTED
   * <ms>}. After a kill, recovery replays the transaction log from the last checkpoint, and Neo4j's own
   * come only every 15 minutes: without one after the service's start, a kill replays its migrations
   * and seed and rebuilds every index. Community has no {@code db.checkpoint()} procedure.
   */
  private static void checkpoint(GraphDatabaseService database) {
    long started = System.nanoTime();
    try {
      ((GraphDatabaseAPI) database).getDependencyResolver().resolveDependency(CheckPointer.class).forceCheckPoint(new SimpleTriggerInfo("collab-graph service start"));
      System.out.println("NEO4J_CHECKPOINTED " + (System.nanoTime() - started) / 1_000_000);
    } catch (Exception error) {
      System.out.println("NEO4J_CHECKPOINT_FAILED " + error);
    }
    System.out.flush();
  }

  /** Settings of both boots: authentication on, no HTTP connectors, memory and time limits, and whether plans follow the statistics. */
  private static DatabaseManagementServiceBuilder configured(DatabaseManagementServiceBuilder builder, Map<String, String> options) {
    if ("false".equals(options.get("replan-on-statistics"))) {
      // A divergence is at most 1 and must exceed the threshold: cached plans are never stale.
      builder.setConfig(GraphDatabaseSettings.query_statistics_divergence_threshold, 1.0);
    }
    return builder
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // No anonymous usage report to neo4j.com: a private graph's service makes no calls home.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.getOrDefault("page-cache", "256m")))
        // One transaction may not take the whole memory pool: a researcher's large query
        // fails alone (TransactionOutOfMemoryError) instead of every concurrent one.
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(options.getOrDefault("tx-memory", "256m")))
        .setConfig(
            GraphDatabaseSettings.transaction_timeout,
            Duration.ofSeconds(Long.parseLong(options.getOrDefault("tx-timeout", "60"))));
  }

  /**
   * Sets the {@code neo4j} user's password with Bolt off, so no client ever meets a DBMS whose
   * password is the default one or not yet the file's. Runs when the DBMS is new (its system
   * database is not there yet) or the password file is missing (never written, or deleted: a new
   * password replaces the lost one). The file is written only once the password is set, whole and
   * with mode 0600, so an existing file always holds the password in force.
   */
  private static void setPasswordWithoutBolt(Path dataDir, Map<String, String> options, Path passwordFile) throws IOException {
    String password = Files.exists(passwordFile) ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip() : randomPassword();
    DatabaseManagementService service =
        configured(new DatabaseManagementServiceBuilder(dataDir), options)
            .setConfig(BoltConnector.enabled, false)
            // No time limit on this one transaction: on a loaded machine it has taken over the 60 s default.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
            .build();
    try {
      service
          .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally("ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } finally {
      service.shutdown();
    }
    Path partial = passwordFile.resolveSibling(passwordFile.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    Files.writeString(partial, password + "\n", StandardCharsets.UTF_8);
    Files.move(partial, passwordFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String randomPassword() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
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
