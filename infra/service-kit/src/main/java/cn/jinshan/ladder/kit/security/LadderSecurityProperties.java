package cn.jinshan.ladder.kit.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where tokens come from and whom they must be for. */
@Validated
@ConfigurationProperties("ladder.security")
public record LadderSecurityProperties(
        @NotBlank String issuerUri,
        @NotBlank String jwkSetUri,
        @NotBlank String audience) {}
