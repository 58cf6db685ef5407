package cn.jinshan.ladder.enterprise.registry.application;

import java.util.List;
import java.util.function.Function;

/** A page of results with the total number of matches. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public PageResult {
        items = List.copyOf(items);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
