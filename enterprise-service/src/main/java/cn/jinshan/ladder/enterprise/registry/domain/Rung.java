package cn.jinshan.ladder.enterprise.registry.domain;

import java.util.Optional;

/** The rungs of the cultivation ladder, lowest first; a firm stands on the highest one it holds actively. */
public enum Rung {
    STARTUP, // 创业企业
    INNOVATIVE_SME, // 创新型中小企业
    SPECIALIZED_NEW, // 专精特新中小企业
    GAZELLE, // 瞪羚企业
    LITTLE_GIANT, // 专精特新"小巨人"
    SINGLE_CHAMPION, // 制造业单项冠军
    HEADQUARTERS; // 总部企业

    /** The rung a programme stands for; programmes beside the ladder (技术中心, listing) have none. */
    public static Optional<Rung> ofProgramme(String programme) {
        if (programme == null || programme.equals(STARTUP.name())) {
            return Optional.empty();
        }
        for (Rung rung : values()) {
            if (rung.name().equals(programme)) {
                return Optional.of(rung);
            }
        }
        return Optional.empty();
    }
}
