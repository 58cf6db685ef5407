/** The web app's shell: the client configuration it reads at start and the fallback to its page for app routes. */
@NullMarked
package cn.jinshan.ladder.gateway.web;

import org.jspecify.annotations.NullMarked;
