package cn.jinshan.ladder.certification.audit.adapter.in.web;

import cn.jinshan.ladder.certification.audit.application.Audit;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the audit of denied attempts at audited actions. */
@Configuration
class AuditWebConfiguration implements WebMvcConfigurer {

    private final Audit audit;

    AuditWebConfiguration(Audit audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DeniedActionAudit(audit))
                .addPathPatterns("/api/applications/*/review/*", "/api/certificates/*/revoke");
    }
}
