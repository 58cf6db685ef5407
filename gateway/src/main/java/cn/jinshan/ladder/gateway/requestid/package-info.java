/** The X-Request-Id rule: keep a caller's well-formed id, else make one, relay and echo it. */
@NullMarked
package cn.jinshan.ladder.gateway.requestid;

import org.jspecify.annotations.NullMarked;
