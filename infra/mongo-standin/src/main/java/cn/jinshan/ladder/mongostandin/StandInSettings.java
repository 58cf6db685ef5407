package cn.jinshan.ladder.mongostandin;

import java.nio.file.Path;
import java.util.Map;

/** Where the stand-in listens and which H2 file holds its data, from arguments first, then the environment. */
record StandInSettings(String host, int port, Path file) {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 27017;
    static final String DEFAULT_FILE = "data/mongo/ladder.mv";

    StandInSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
    }

    /** Reads {@code --host=}, {@code --port=}, {@code --file=}, else {@code MONGO_STANDIN_HOST/PORT/FILE}. */
    static StandInSettings from(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("MONGO_STANDIN_HOST", DEFAULT_HOST);
        String port = env.getOrDefault("MONGO_STANDIN_PORT", String.valueOf(DEFAULT_PORT));
        String file = env.getOrDefault("MONGO_STANDIN_FILE", DEFAULT_FILE);
        for (String arg : args) {
            if (arg.startsWith("--host=")) {
                host = arg.substring("--host=".length());
            } else if (arg.startsWith("--port=")) {
                port = arg.substring("--port=".length());
            } else if (arg.startsWith("--file=")) {
                file = arg.substring("--file=".length());
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + "; use --host=, --port=, --file=");
            }
        }
        return new StandInSettings(host, parsePort(port), Path.of(file).toAbsolutePath());
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, was '" + value + "'", e);
        }
    }
}
