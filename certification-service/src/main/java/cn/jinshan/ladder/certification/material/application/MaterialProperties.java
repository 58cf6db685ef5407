package cn.jinshan.ladder.certification.material.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits on uploaded materials. */
@ConfigurationProperties("ladder.materials")
public record MaterialProperties(long maxBytes) {

    public MaterialProperties {
        maxBytes = maxBytes <= 0 ? 10 * 1024 * 1024 : maxBytes;
    }
}
