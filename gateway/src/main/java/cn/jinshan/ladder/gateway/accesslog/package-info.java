/** One structured access log line per request. */
@NullMarked
package cn.jinshan.ladder.gateway.accesslog;

import org.jspecify.annotations.NullMarked;
