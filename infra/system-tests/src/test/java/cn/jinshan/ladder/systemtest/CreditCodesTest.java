package cn.jinshan.ladder.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

    @Test
    void computesTheCheckCharacterOfAKnownCode() {
        assertThat(CreditCodes.checkCharacter("91310116MA1K2R7T8")).isEqualTo('1');
        assertThat(CreditCodes.checkCharacter("91310116MA1J8K3L2")).isEqualTo('2');
    }

    @Test
    void makesEighteenCharacterJinshanCodesThatCheck() {
        String code = CreditCodes.random();

        assertThat(code).hasSize(18).startsWith("91310116").matches("[0-9A-HJ-NPQRTUWXY]{18}");
        assertThat(code.charAt(17)).isEqualTo(CreditCodes.checkCharacter(code.substring(0, 17)));
        assertThat(CreditCodes.random()).isNotEqualTo(code);
    }
}
