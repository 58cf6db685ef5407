/**
 * JWT resource server (Keycloak access tokens checked for signature, issuer, audience, time and {@code typ}), security
 * headers on every response, and the CORS allowlist.
 */
@NullMarked
package cn.jinshan.ladder.gateway.security;

import org.jspecify.annotations.NullMarked;
