package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.PageResult;
import java.util.List;

/** One page of a list, with the totals a pager needs. */
record PageView<T>(List<T> items, int page, int size, long total, long totalPages) {

    static <T> PageView<T> of(PageResult<T> result) {
        long pages = result.size() == 0 ? 0 : (result.total() + result.size() - 1) / result.size();
        return new PageView<>(result.items(), result.page(), result.size(), result.total(), pages);
    }
}
