package cn.jinshan.ladder.certification.enterprise.application;

import java.util.List;

/**
 * Reads a firm from enterprise-service, as the calling user. Throws the kit's {@code NotFoundException} for an
 * unknown firm and {@code DependencyUnavailableException} naming enterprise-service when it cannot answer.
 */
public interface EnterpriseDirectory {

    EnterpriseSnapshot snapshot(String enterpriseId);

    /** The ids of every firm the calling user may see (officials: the district; specialists: their portfolio). */
    List<String> enterpriseIds();
}
