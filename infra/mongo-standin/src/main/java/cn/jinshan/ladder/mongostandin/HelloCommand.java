package cn.jinshan.ladder.mongostandin;

import de.bwaldvogel.mongo.bson.Document;

/** Answers the {@code hello} handshake, which mongo-java-server does not know, from its {@code isMaster} answer. */
final class HelloCommand {

    static final String NAME = "hello";
    static final String LEGACY_NAME = "isMaster";

    private HelloCommand() {}

    static boolean matches(String command) {
        return NAME.equalsIgnoreCase(command);
    }

    static Document fromIsMaster(Document isMaster) {
        Document hello = new Document(isMaster);
        hello.remove("ismaster");
        hello.put("isWritablePrimary", Boolean.TRUE);
        return hello;
    }
}
