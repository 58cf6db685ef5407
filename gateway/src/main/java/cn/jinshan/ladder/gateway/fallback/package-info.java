/** Circuit-breaker fallbacks: 503 problems naming the unavailable service. */
@NullMarked
package cn.jinshan.ladder.gateway.fallback;

import org.jspecify.annotations.NullMarked;
