/** The gateway: the single entry point of Ladder. */
@NullMarked
package cn.jinshan.ladder.gateway;

import org.jspecify.annotations.NullMarked;
