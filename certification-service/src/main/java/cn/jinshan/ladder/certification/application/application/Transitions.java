package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.Application;
import cn.jinshan.ladder.certification.application.domain.ApplicationEvent;
import cn.jinshan.ladder.certification.application.domain.ApplicationRuleException;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.IllegalTransitionException;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Loads an application the caller may see, applies one transition and stores the new state with its event. */
@Component
class Transitions {

    private final ApplicationStore store;

    Transitions(ApplicationStore store) {
        this.store = store;
    }

    ApplicationState load(String id, CurrentUser caller) {
        ApplicationState application = store.find(id).orElseThrow(() -> new NotFoundException("application", id));
        ApplicationAccess.requireVisible(application, caller);
        return application;
    }

    ApplicationState apply(String id, CurrentUser caller, Function<Application, ApplicationEvent> transition) {
        return apply(load(id, caller), transition);
    }

    ApplicationState apply(ApplicationState current, Function<Application, ApplicationEvent> transition) {
        Application application = Application.restore(current);
        ApplicationEvent event = perform(() -> transition.apply(application));
        ApplicationState next = application.state();
        store.update(next, current.version(), List.of(ApplicationEvents.envelope(event, next)));
        return next;
    }

    /** Runs domain code, answering an illegal transition with 409 and a broken rule with 400. */
    static <T> T perform(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalTransitionException e) {
            throw new ConflictException("illegal-transition", e.getMessage());
        } catch (ApplicationRuleException e) {
            throw new InvalidInputException(e.field(), e.rule(), e.getMessage());
        }
    }
}
