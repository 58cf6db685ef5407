package cn.jinshan.ladder.certification.enterprise.application;

/**
 * Reads a firm from enterprise-service, as the calling user. Throws the kit's {@code NotFoundException} for an
 * unknown firm and {@code DependencyUnavailableException} naming enterprise-service when it cannot answer.
 */
public interface EnterpriseDirectory {

    EnterpriseSnapshot snapshot(String enterpriseId);
}
