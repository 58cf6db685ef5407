package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Working days each state may last (e.g. district review 15) and the public holidays that do not count. */
@ConfigurationProperties("ladder.certification.sla")
public record ServiceLevelProperties(Map<ApplicationStatus, Integer> workingDays, List<LocalDate> holidays) {

    public ServiceLevelProperties {
        workingDays = workingDays == null ? Map.of() : Map.copyOf(workingDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
