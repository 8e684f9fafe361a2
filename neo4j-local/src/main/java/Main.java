import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community, embedded, with Bolt on 127.0.0.1 and auth disabled.
 *
 * Usage: java -cp "target/classes:target/dependency/*" Main -port PORT -data DIR
 *            [-pagecache MB] [-watch-stdin]
 *
 * Prints "READY bolt://127.0.0.1:PORT" once the database accepts Bolt connections, and shuts
 * down cleanly on SIGINT/SIGTERM. With -watch-stdin it also shuts down when its standard input
 * closes, so it does not outlive a parent process that died without killing it.
 * Exit codes: 0 normal shutdown, 2 bad arguments, 3 port already in use, 1 startup failure.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int port = 7687;
    Path data = null;
    long pagecacheMb = 64;
    boolean watchStdin = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-port", "--port" -> port = Integer.parseInt(args[++i]);
          case "-data", "--data" -> data = Path.of(args[++i]).toAbsolutePath();
          case "-pagecache", "--pagecache" -> pagecacheMb = Long.parseLong(args[++i]);
          case "-watch-stdin", "--watch-stdin" -> watchStdin = true;
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
      if (data == null) throw new IllegalArgumentException("-data DIR is required");
      if (port < 1 || port > 65535) throw new IllegalArgumentException("-port must be 1-65535");
    } catch (RuntimeException e) {
      System.err.println("neo4j-local: " + e.getMessage());
      System.err.println("usage: Main -port PORT -data DIR [-pagecache MB] [-watch-stdin]");
      System.exit(2);
      return;
    }

    // Fail fast, before Neo4j spends seconds starting, if someone already listens on the port.
    String portProblem = checkPortFree(port);
    if (portProblem != null) {
      System.err.println("neo4j-local: cannot use port " + port + " on 127.0.0.1: " + portProblem);
      System.exit(3);
      return;
    }

    final DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(data)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.udc_enabled, false) // no anonymous usage reports
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
          // Transaction logs are kept for two days by default: 18 GB beside a 2.4 GB store after
          // a bulk ingest of 100k reports. Crash recovery needs only those since the last
          // checkpoint, so keep about 1 GB.
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size")
          // Bolt waits 5 s twice on shutdown by default; a local development database
          // has nothing worth waiting that long for.
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
          .build();
      // Opening the default database forces it to start; fail here rather than on first query.
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (Throwable e) {
      System.err.println("neo4j-local: Neo4j failed to start in " + data + ": " + e);
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        System.err.println("  caused by: " + c);
      }
      System.exit(1);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("STOPPING");
      System.out.flush();
      try {
        dbms.shutdown();
      } finally {
        stopped.countDown();
        System.out.println("STOPPED");
        System.out.flush();
      }
    }, "neo4j-local-shutdown"));

    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (watchStdin) {
      Thread watcher = new Thread(() -> {
        try (InputStream in = System.in) {
          byte[] buf = new byte[256];
          while (in.read(buf) >= 0) {
            // keep reading until the parent closes the pipe
          }
        } catch (IOException ignored) {
          // a broken pipe means the parent is gone, too
        }
        System.err.println("neo4j-local: standard input closed, shutting down");
        System.exit(0);
      }, "neo4j-local-stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }

    try {
      stopped.await();
    } catch (InterruptedException ignored) {
      Thread.currentThread().interrupt();
    }
  }

  /** Returns null when 127.0.0.1:port can be bound, else a short reason. */
  private static String checkPortFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
      return null;
    } catch (IOException e) {
      return "already in use (" + e.getMessage() + ")";
    }
  }
}
