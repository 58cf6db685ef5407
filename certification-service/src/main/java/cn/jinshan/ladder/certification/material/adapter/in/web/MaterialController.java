package cn.jinshan.ladder.certification.material.adapter.in.web;

import cn.jinshan.ladder.certification.material.application.MaterialService;
import cn.jinshan.ladder.certification.material.domain.Material;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload (multipart {@code file} + {@code kind}), list and download an application's materials. */
@RestController
@RequestMapping("/api/applications/{applicationId}/materials")
@PreAuthorize("hasAnyRole('ENTERPRISE','OFFICIAL','ADMIN')")
class MaterialController {

    private final MaterialService materials;

    MaterialController(MaterialService materials) {
        this.materials = materials;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ENTERPRISE')")
    ResponseEntity<Material> upload(
            @PathVariable String applicationId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file,
            CurrentUser caller) {
        if (file == null) {
            throw new InvalidInputException("file", "notNull", "a multipart part named file is required");
        }
        Material stored = materials.upload(
                applicationId, kind, file.getOriginalFilename(), file.getContentType(), bytes(file), caller);
        return ResponseEntity.created(URI.create("/api/applications/" + applicationId + "/materials/" + stored.id()))
                .body(stored);
    }

    @GetMapping
    List<Material> list(@PathVariable String applicationId, CurrentUser caller) {
        return materials.list(applicationId, caller);
    }

    @GetMapping("/{materialId}")
    ResponseEntity<byte[]> download(
            @PathVariable String applicationId, @PathVariable String materialId, CurrentUser caller) {
        MaterialService.Download download = materials.download(applicationId, materialId, caller);
        Material material = download.material();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(material.type().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(material.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
