package cn.jinshan.ladder.mongostandin;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs the MongoDB stand-in for the local run: mongo-java-server on an H2 file, until SIGTERM. */
public final class MongoStandIn implements AutoCloseable {

    private final MongoServer server;

    private MongoStandIn(MongoServer server) {
        this.server = server;
    }

    /** Opens (or creates) the H2 file and listens on the given host and port (0 picks a free one). */
    public static MongoStandIn start(String host, int port, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        HelloAwareH2Backend backend = new HelloAwareH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (Exception e) { // Netty throws the checked BindException undeclared
            backend.close();
            throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new MongoStandIn(server);
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** Disconnects clients, waits for the server threads, then closes the backend so H2 writes its file. */
    @Override
    public void close() {
        server.shutdownNow();
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        StandInSettings settings = StandInSettings.from(args, System.getenv());
        MongoStandIn standIn = start(settings.host(), settings.port(), settings.file());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(
                () -> {
                    standIn.close();
                    System.out.println("MongoDB stand-in stopped; data kept in " + settings.file());
                    stopped.countDown();
                },
                "mongo-standin-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        System.out.println("MongoDB stand-in listening on " + settings.host() + ":" + standIn.port() + "; data in "
                + settings.file());
        stopped.await();
    }
}
