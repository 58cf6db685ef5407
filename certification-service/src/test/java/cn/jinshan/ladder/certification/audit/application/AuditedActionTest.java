package cn.jinshan.ladder.certification.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import org.junit.jupiter.api.Test;

class AuditedActionTest {

    @Test
    void aFailedActionIsRecordedWithTheRuleThatRefusedIt() {
        assertThat(AuditedAction.rule(new ConflictException("illegal-transition", "APPROVED cannot be rejected")))
                .isEqualTo("conflict illegal-transition: APPROVED cannot be rejected");
        assertThat(AuditedAction.rule(new InvalidInputException("reason", "notBlank", "a reason is required")))
                .isEqualTo("invalid reason notBlank");
        assertThat(AuditedAction.rule(new NotFoundException("certificate", "c-1")))
                .isEqualTo("not-found certificate");
        assertThat(AuditedAction.rule(new IllegalStateException("secret detail")))
                .isEqualTo("error IllegalStateException");
    }
}
