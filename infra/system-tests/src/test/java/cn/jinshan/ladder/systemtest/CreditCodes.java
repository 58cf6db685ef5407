package cn.jinshan.ladder.systemtest;

import java.security.SecureRandom;

/** Fresh, valid unified social credit codes (GB 32100-2015) of Jinshan District enterprises. */
final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String JINSHAN_ENTERPRISE_PREFIX = "91310116"; // 工商 · 企业 · 上海市金山区
    private static final SecureRandom RANDOM = new SecureRandom();

    private CreditCodes() {}

    static String random() {
        StringBuilder code = new StringBuilder(JINSHAN_ENTERPRISE_PREFIX);
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacter(code)).toString();
    }

    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
