package cn.jinshan.ladder.certification.material.application;

import cn.jinshan.ladder.certification.material.domain.Material;
import java.util.List;
import java.util.Optional;

/** Where material files and their descriptions are kept. */
public interface MaterialStorage {

    /** Stores the content under a new id; returns the stored material. */
    Material store(Material material, byte[] content);

    List<Material> list(String applicationId);

    Optional<Material> find(String applicationId, String materialId);

    byte[] content(String materialId);
}
