package cn.jinshan.ladder.mongostandin;

import de.bwaldvogel.mongo.MongoServer;

/** An in-memory MongoDB stand-in on a free local port, for the tests of other modules. */
public final class EmbeddedMongo implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final MongoServer server;
    private final int port;

    private EmbeddedMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a server with an empty memory backend on a free port of 127.0.0.1. */
    public static EmbeddedMongo start() {
        MongoServer server = new MongoServer(new HelloAwareMemoryBackend());
        server.bind(HOST, 0);
        return new EmbeddedMongo(server, server.getLocalAddress().getPort());
    }

    public int port() {
        return port;
    }

    /** The connection string without a database, {@code mongodb://127.0.0.1:<port>}. */
    public String connectionString() {
        return "mongodb://" + HOST + ":" + port;
    }

    /** The connection string naming a database, {@code mongodb://127.0.0.1:<port>/<database>}. */
    public String connectionString(String database) {
        return connectionString() + "/" + database;
    }

    /** Disconnects every client and stops the server; the data is gone. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
