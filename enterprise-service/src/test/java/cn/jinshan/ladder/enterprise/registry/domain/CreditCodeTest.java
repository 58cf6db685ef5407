package cn.jinshan.ladder.enterprise.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91310116MA1J8K3L22", "91310116MA1H9P4Q57", "91350100M000100Y43"})
    void codesWithTheRightCheckCharacterAreAccepted(String code) {
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void theCheckCharacterFollowsGb32100() {
        assertThat(CreditCode.checkCharacter("91310116MA1J8K3L2")).isEqualTo('2');
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void aWrongCheckCharacterNamesTheExpectedOne() {
        assertThatThrownBy(() -> new CreditCode("91310116MA1J8K3L23"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("creditCode");
                    assertThat(e.violations().get(0).rule()).isEqualTo("checksum");
                    assertThat(e.violations().get(0).message()).contains("'2'");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310116MA1J8K3L2", "91310116MA1I8K3L22", "91310116ma1j8k3l22", "91310116MA1J8K3L2S"})
    void wrongLengthOrCharactersAreFormatErrors(String code) {
        assertThatThrownBy(() -> new CreditCode(code))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("format"));
    }
}
