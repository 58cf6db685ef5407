package cn.jinshan.ladder.certification.programme.application;

import cn.jinshan.ladder.certification.programme.domain.Programme;
import java.util.List;
import java.util.Optional;

/** Where the programme catalogue is kept. */
public interface ProgrammeStore {

    List<Programme> findAll();

    Optional<Programme> find(String code);

    /** Adds a programme; false when one with the same code exists already. */
    boolean insertIfAbsent(Programme programme);

    /** Adds or replaces a programme. */
    void save(Programme programme);
}
