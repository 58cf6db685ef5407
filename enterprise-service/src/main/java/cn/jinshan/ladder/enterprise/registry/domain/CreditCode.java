package cn.jinshan.ladder.enterprise.registry.domain;

import cn.jinshan.ladder.kit.error.InvalidInputException;

/** A unified social credit code (统一社会信用代码) checked per GB 32100-2015; it is also the enterprise id. */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String FIELD = "creditCode";

    public CreditCode {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(FIELD, "notBlank", "The unified social credit code is required");
        }
        if (value.length() != 18) {
            throw new InvalidInputException(
                    FIELD, "format", "A unified social credit code has 18 characters, this one has " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidInputException(
                        FIELD,
                        "format",
                        "Character '" + value.charAt(i) + "' at position " + (i + 1)
                                + " is not allowed (only 0-9 and A-H J-N P-R T U W-Y, upper case)");
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new InvalidInputException(
                    FIELD,
                    "checksum",
                    "The check character is '" + value.charAt(17) + "' but GB 32100-2015 requires '" + expected
                            + "' for the first 17 characters");
        }
    }

    /** The GB 32100-2015 check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
