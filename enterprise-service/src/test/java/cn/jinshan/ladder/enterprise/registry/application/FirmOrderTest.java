package cn.jinshan.ladder.enterprise.registry.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.registry.domain.Rung;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirmOrderTest {

    private static final FirmSummary A = summary("A", "乙公司", null, false);
    private static final FirmSummary B = summary("B", null, "specialist.li", false);
    private static final FirmSummary C = summary("C", "乙公司", "specialist.zhao", true);

    @Test
    void sortsLikeMongoMissingValuesLowestTiesByCreditCode() {
        assertThat(sorted(EnterpriseQuery.SortField.legalName, false)).containsExactly("B", "A", "C");
        assertThat(sorted(EnterpriseQuery.SortField.legalName, true)).containsExactly("A", "C", "B");
        assertThat(sorted(EnterpriseQuery.SortField.creditCode, true)).containsExactly("C", "B", "A");
        assertThat(sorted(null, false)).containsExactly("A", "B", "C");
    }

    @Test
    void matchesTheListFiltersAndScopes() {
        assertThat(C.matches(query(null, EnterpriseQuery.Status.ACTIVE), null)).isFalse();
        assertThat(C.matches(query(null, EnterpriseQuery.Status.LEFT), null)).isTrue();
        assertThat(C.matches(query(null, null), null)).isTrue();
        assertThat(B.matches(query(new Specialist("someone", "specialist.li"), null), null))
                .isTrue();
        assertThat(A.matches(query(new Specialist("someone", "specialist.li"), null), null))
                .isFalse();
        Pattern text = Pattern.compile(Pattern.quote("b"), Pattern.CASE_INSENSITIVE);
        assertThat(B.matches(query(null, null), text))
                .as("the credit code matches the text")
                .isTrue();
        assertThat(A.matches(query(null, null), text)).isFalse();
    }

    private static List<String> sorted(EnterpriseQuery.SortField field, boolean descending) {
        EnterpriseQuery query = new EnterpriseQuery(
                null, null, null, null, null, null, null, null, null, null, field, descending, 0, 10);
        return List.of(C, A, B).stream()
                .sorted(FirmOrder.of(query))
                .map(FirmSummary::id)
                .toList();
    }

    private static EnterpriseQuery query(Specialist specialist, EnterpriseQuery.Status status) {
        return new EnterpriseQuery(
                null, null, null, null, null, specialist, null, null, null, status, null, false, 0, 10);
    }

    private static FirmSummary summary(String id, String legalName, String specialist, boolean left) {
        return new FirmSummary(
                id,
                legalName,
                null,
                "山阳镇",
                null,
                "新材料",
                false,
                Rung.values()[0].name(),
                0,
                Instant.EPOCH,
                null,
                specialist,
                left,
                Set.of(),
                1,
                Set.of());
    }
}
