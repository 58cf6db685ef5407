package cn.jinshan.ladder.mongostandin;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The H2 file backend, answering {@code hello} like {@code isMaster}. */
final class HelloAwareH2Backend extends H2Backend {

    HelloAwareH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (HelloCommand.matches(command)) {
            return HelloCommand.fromIsMaster(
                    super.handleCommand(channel, databaseName, HelloCommand.LEGACY_NAME, query));
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
