package cn.jinshan.ladder.certification.certificate.adapter.in.web;

import cn.jinshan.ladder.certification.certificate.application.CertificateService;
import cn.jinshan.ladder.certification.certificate.domain.CertificateState;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Certificates: a firm sees its own, officials see all and revoke with a reason. */
@RestController
@RequestMapping("/api/certificates")
class CertificateController {

    /** Why a certificate is revoked. */
    record RevokeRequest(String reason) {}

    private final CertificateService certificates;

    CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ENTERPRISE','OFFICIAL','SPECIALIST','ADMIN')")
    List<CertificateResponse> list(@RequestParam(required = false) String enterpriseId, CurrentUser caller) {
        return certificates.list(enterpriseId, caller).stream()
                .map(CertificateResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ENTERPRISE','OFFICIAL','SPECIALIST','ADMIN')")
    CertificateResponse get(@PathVariable String id, CurrentUser caller) {
        return CertificateResponse.of(certificates.get(id, caller));
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasRole('OFFICIAL')")
    CertificateResponse revoke(@PathVariable String id, @RequestBody RevokeRequest request, CurrentUser caller) {
        CertificateState revoked = certificates.revoke(id, request.reason(), caller);
        return CertificateResponse.of(revoked);
    }
}
