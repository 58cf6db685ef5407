package cn.jinshan.ladder.enterprise;

import cn.jinshan.ladder.contracts.ContractValidator;
import cn.jinshan.ladder.contracts.EventContract;
import cn.jinshan.ladder.contracts.Violation;
import java.util.List;

/** The event contracts of infra/contracts, through its validator. */
public final class Contracts {

    private static final ContractValidator VALIDATOR = new ContractValidator();

    private Contracts() {}

    /** Every way the event breaks its contract, readable. */
    public static List<String> violations(String eventJson) {
        return VALIDATOR.validate(eventJson).stream().map(Violation::toString).toList();
    }

    static String example(String type, int version) {
        return VALIDATOR.exampleFor(type, version);
    }

    static boolean hasSchema(String type, int version) {
        return VALIDATOR.knownEventTypes().contains(new EventContract(type, version));
    }
}
