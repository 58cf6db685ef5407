package cn.jinshan.ladder.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z9", "web-1f3a.9_Z", "0b6f2c1e-5d0a-4c3b-9f7e-2a1d4c8b9e00", "...---___"})
    void keepsAWellFormedId(String id) {
        assertThat(RequestIds.accept(id)).isEqualTo(id);
    }

    @Test
    void keepsAnIdOfExactlySixtyFourCharacters() {
        String id = "a".repeat(64);

        assertThat(RequestIds.accept(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "has space",
                "semi;colon",
                "slash/inside",
                "line\nbreak",
                "trailing-newline\n",
                "<script>",
                "请求编号",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void replacesAMissingOrMalformedIdWithAFreshUuid(String candidate) {
        String accepted = RequestIds.accept(candidate);

        assertThat(accepted).isNotEqualTo(candidate);
        assertThat(UUID.fromString(accepted).toString()).isEqualTo(accepted);
    }

    @Test
    void generatedIdsAreVersionFourUuidsOfTheIetfVariant() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = UUID.fromString(RequestIds.accept(null));

            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void makesADifferentIdEachTime() {
        assertThat(RequestIds.accept(null)).isNotEqualTo(RequestIds.accept(null));
    }
}
