package cn.jinshan.ladder.probes.sample;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A clean answer: every required field always present and of its declared type. */
record ItemView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ItemRequest.Kind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int quantity,
        List<String> tags,
        String state,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status) {

    static ItemView of(String id, ItemRequest request) {
        return new ItemView(
                id,
                request.name(),
                request.kind(),
                request.quantity(),
                request.tags() == null ? List.of() : request.tags(),
                request.state(),
                "ACTIVE");
    }
}
