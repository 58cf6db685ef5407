/** JWT resource server: Keycloak tokens checked for signature, issuer, audience and expiry. */
@NullMarked
package cn.jinshan.ladder.gateway.security;

import org.jspecify.annotations.NullMarked;
