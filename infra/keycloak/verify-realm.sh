#!/usr/bin/env bash
# Checks a running Keycloak's DEV realm `ladder` against docs/platform-conventions.md:
# issuer, audience, realm roles and the enterpriseId claim of demo users' tokens, and the
# client-credentials grant of ladder-services.
#
# Usage: infra/keycloak/verify-realm.sh [base-url]     (default http://localhost:8180)
# Needs curl and jq. Exits non-zero on the first failed check.
set -euo pipefail

BASE_URL="${1:-http://localhost:8180}"
BASE_URL="${BASE_URL%/}"
REALM_URL="$BASE_URL/realms/ladder"
TOKEN_URL="$REALM_URL/protocol/openid-connect/token"
PASSWORD="ladder-demo"
AUDIENCE="ladder-api"
failures=0

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "verify-realm: '$tool' is required" >&2; exit 2; }
done

pass() { printf '  ok    %s\n' "$1"; }
fail() { printf '  FAIL  %s\n' "$1"; failures=$((failures + 1)); }

# Decodes the claims (middle part) of a JWT.
claims() {
  local part
  part="$(cut -d. -f2 <<<"$1" | tr '_-' '/+')"
  while (( ${#part} % 4 )); do part="$part="; done
  base64 -d <<<"$part"
}

# POSTs a token request; prints the access token or fails with Keycloak's answer.
token() {
  local body
  if ! body="$(curl -sS --max-time 20 -w '\n%{http_code}' "$TOKEN_URL" "$@")"; then
    echo "verify-realm: cannot reach $TOKEN_URL" >&2; return 1
  fi
  local status="${body##*$'\n'}" json="${body%$'\n'*}"
  if [[ "$status" != 200 ]]; then
    echo "verify-realm: token request answered $status: $json" >&2; return 1
  fi
  jq -r .access_token <<<"$json"
}

check_common() {
  local claims="$1"
  local iss; iss="$(jq -r .iss <<<"$claims")"
  [[ "$iss" == "$REALM_URL" ]] && pass "iss = $iss" || fail "iss is '$iss', expected '$REALM_URL'"
  jq -e --arg a "$AUDIENCE" '(.aud | if type == "array" then . else [.] end) | index($a)' <<<"$claims" >/dev/null \
    && pass "aud contains $AUDIENCE ($(jq -c .aud <<<"$claims"))" \
    || fail "aud $(jq -c .aud <<<"$claims") lacks $AUDIENCE"
  local exp iat; exp="$(jq .exp <<<"$claims")"; iat="$(jq .iat <<<"$claims")"
  (( exp - iat == 900 )) && pass "lifespan 900 s" || fail "lifespan $((exp - iat)) s, expected 900"
}

check_user() {
  local username="$1" role="$2" enterprise_id="${3:-}"
  echo "user $username (ladder-dev, password grant)"
  local access
  if ! access="$(token -d grant_type=password -d client_id=ladder-dev \
      --data-urlencode "username=$username" --data-urlencode "password=$PASSWORD")"; then
    fail "no token for $username"; return
  fi
  local c; c="$(claims "$access")"
  check_common "$c"
  jq -e --arg r "$role" '.realm_access.roles | index($r)' <<<"$c" >/dev/null \
    && pass "realm_access.roles has $role" \
    || fail "realm_access.roles $(jq -c .realm_access.roles <<<"$c") lacks $role"
  local actual; actual="$(jq -r '.enterpriseId // empty' <<<"$c")"
  if [[ -n "$enterprise_id" ]]; then
    [[ "$actual" == "$enterprise_id" ]] && pass "enterpriseId = $actual" \
      || fail "enterpriseId is '$actual', expected '$enterprise_id'"
  else
    [[ -z "$actual" ]] && pass "no enterpriseId claim" || fail "unexpected enterpriseId '$actual'"
  fi
}

echo "Keycloak realm check against $REALM_URL"
check_user official OFFICIAL
check_user specialist.li SPECIALIST
check_user specialist.zhao SPECIALIST
check_user firm.jinxin ENTERPRISE 91310116MA1J8K3L22
check_user firm.fengtai ENTERPRISE 91310116MA1H9P4Q57
check_user admin ADMIN

echo "client ladder-services (client credentials)"
if access="$(token -d grant_type=client_credentials -d client_id=ladder-services \
    -d client_secret=ladder-services-dev-secret)"; then
  c="$(claims "$access")"
  check_common "$c"
  azp="$(jq -r .azp <<<"$c")"
  [[ "$azp" == ladder-services ]] && pass "azp = ladder-services" || fail "azp is '$azp'"
  jq -e '[.realm_access.roles // [] | .[] | select(IN("ENTERPRISE","OFFICIAL","SPECIALIST","ADMIN"))] | length == 0' \
      <<<"$c" >/dev/null && pass "no Ladder role on the service account" || fail "service account holds a Ladder role"
else
  fail "no client-credentials token for ladder-services"
fi

echo "client ladder-dev refuses a wrong password"
if token -d grant_type=password -d client_id=ladder-dev -d username=official -d password=wrong >/dev/null 2>&1; then
  fail "a wrong password got a token"
else
  pass "wrong password refused"
fi

if (( failures )); then
  echo "verify-realm: $failures check(s) failed" >&2
  exit 1
fi
echo "verify-realm: all checks passed"
