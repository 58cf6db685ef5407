package cn.jinshan.ladder.notification.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's MongoDB stand-in as the benchmark runs it: mongo-java-server on an H2 file (documents stored
 * serialized, no secondary indexes), answering the driver's {@code hello} like {@code isMaster}.
 */
final class H2StandIn implements AutoCloseable {

    private final MongoServer server;
    private final Path file;

    private H2StandIn(MongoServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    static H2StandIn start() {
        try {
            Path file = Files.createTempFile("intake-bench-", ".mv");
            Files.delete(file);
            MongoServer server = new MongoServer(new HelloAwareH2(file.toString()));
            server.bind("127.0.0.1", 0);
            return new H2StandIn(server, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uri(String database) {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        server.shutdownNow();
        Files.deleteIfExists(file);
    }

    /** The H2 backend with the {@code hello} handshake the 5.x driver sends. */
    private static final class HelloAwareH2 extends H2Backend {

        HelloAwareH2(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if ("hello".equalsIgnoreCase(command)) {
                Document hello = new Document(super.handleCommand(channel, databaseName, "isMaster", query));
                hello.remove("ismaster");
                hello.put("isWritablePrimary", Boolean.TRUE);
                return hello;
            }
            return super.handleCommand(channel, databaseName, command, query);
        }
    }
}
