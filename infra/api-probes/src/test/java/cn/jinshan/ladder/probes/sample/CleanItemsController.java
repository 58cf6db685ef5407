package cn.jinshan.ladder.probes.sample;

import cn.jinshan.ladder.kit.error.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Routes that validate everything and answer only problems or schema-true bodies: the fuzzer must pass them. */
@RestController
@RequestMapping("/clean/items")
class CleanItemsController {

    private final ItemStore items;

    CleanItemsController(ItemStore items) {
        this.items = items;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ItemView create(@Valid @RequestBody ItemRequest request) {
        return items.create(request);
    }

    @GetMapping("/{id}")
    ItemView read(@PathVariable @Pattern(regexp = "[0-9a-f]{8}") String id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("item", id));
    }

    @PutMapping("/{id}")
    ItemView replace(
            @PathVariable @Pattern(regexp = "[0-9a-f]{8}") String id, @Valid @RequestBody ItemRequest request) {
        return items.replace(id, request).orElseThrow(() -> new NotFoundException("item", id));
    }

    @GetMapping
    List<ItemView> list(
            @RequestParam(required = false) @Size(max = 80) String name,
            @RequestParam(defaultValue = "20") @Min(1) @Max(50) int limit) {
        return items.named(name, limit);
    }
}
