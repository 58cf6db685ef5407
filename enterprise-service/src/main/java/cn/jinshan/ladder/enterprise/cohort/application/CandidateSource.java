package cn.jinshan.ladder.enterprise.cohort.application;

import java.util.OptionalLong;

/** How many firms meet a programme's criteria today and have not applied (certification-service's candidates). */
public interface CandidateSource {

    /**
     * The number of candidates for a programme; empty when certification-service offers none for it (no rule
     * version). Throws {@link CandidatesUnavailableException} when it cannot be asked now.
     */
    OptionalLong count(String programme);
}
