package cn.jinshan.ladder.probes.sample;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A clean write body; {@code state} (a province) is client-owned here, so the mass-assignment probe skips it. */
record ItemRequest(
        @NotBlank @Size(max = 80) String name,
        @NotNull Kind kind,
        @NotNull @Min(1) @Max(1000) Integer quantity,
        @Size(max = 5) List<@NotBlank @Size(max = 30) String> tags,
        @Pattern(regexp = "[A-Z]{2}") String state) {

    /** What an item is. */
    enum Kind {
        TOOL,
        PART
    }
}
