/** RFC 9457 problem documents answered by the gateway itself. */
@NullMarked
package cn.jinshan.ladder.gateway.problem;

import org.jspecify.annotations.NullMarked;
