package cn.jinshan.ladder.enterprise;

import cn.jinshan.ladder.enterprise.registry.domain.CreditCode;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid credit codes for tests. */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCodes() {}

    public static String next() {
        StringBuilder code = new StringBuilder("91310116");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }
}
