/** Resource limits on the API routes: per-user token buckets for writes and a per-service in-flight cap. */
@NullMarked
package cn.jinshan.ladder.gateway.limit;

import org.jspecify.annotations.NullMarked;
