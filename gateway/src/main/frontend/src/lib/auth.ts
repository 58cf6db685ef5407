import { InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts'
import { reactive } from 'vue'

/** The sign-in settings the gateway serves at /config.json. */
export interface ClientConfig {
  authority: string
  clientId: string
  scope: string
}

export type Role = 'ENTERPRISE' | 'OFFICIAL' | 'SPECIALIST' | 'ADMIN'

/** Who is signed in, as the access token says. */
export interface Session {
  ready: boolean
  user: User | null
  roles: Role[]
  enterpriseId: string | null
  name: string
  error: string | null
}

export const session = reactive<Session>({ ready: false, user: null, roles: [], enterpriseId: null, name: '', error: null })

let manager: UserManager | null = null

/** The access token's claims (the token is a JWT issued by Keycloak). */
export function claimsOf(accessToken: string): Record<string, unknown> {
  const part = accessToken.split('.')[1] ?? ''
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0))
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>
}

export function applyUser(user: User | null): void {
  session.user = user && !user.expired ? user : null
  if (!session.user) {
    session.roles = []
    session.enterpriseId = null
    session.name = ''
    return
  }
  const claims = claimsOf(session.user.access_token)
  const realm = claims.realm_access as { roles?: string[] } | undefined
  const known: Role[] = ['ENTERPRISE', 'OFFICIAL', 'SPECIALIST', 'ADMIN']
  session.roles = (realm?.roles ?? []).filter((r): r is Role => (known as string[]).includes(r))
  session.enterpriseId = typeof claims.enterpriseId === 'string' ? claims.enterpriseId : null
  session.name = displayName(claims)
}

/** Keycloak's `name` is "given family"; a Chinese name reads family name first, without a space (李晓燕). */
export function displayName(claims: Record<string, unknown>): string {
  const given = typeof claims.given_name === 'string' ? claims.given_name : ''
  const family = typeof claims.family_name === 'string' ? claims.family_name : ''
  if (/[\u4e00-\u9fff]/.test(given + family)) return family + given
  return String(claims.name ?? claims.preferred_username ?? '')
}

/** Reads /config.json and prepares the user manager; tokens live in memory only and are renewed silently. */
export async function initAuth(): Promise<void> {
  const response = await fetch('/config.json', { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`config.json: ${response.status}`)
  const config = (await response.json()) as ClientConfig
  const origin = window.location.origin
  manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    scope: config.scope,
    redirect_uri: `${origin}/callback`,
    silent_redirect_uri: `${origin}/silent-renew.html`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    automaticSilentRenew: true,
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  })
  manager.events.addUserLoaded(applyUser)
  manager.events.addUserUnloaded(() => applyUser(null))
  manager.events.addSilentRenewError(() => applyUser(null))
}

function requireManager(): UserManager {
  if (!manager) throw new Error('auth not initialised')
  return manager
}

/** Finishes the redirect from Keycloak and answers where the user wanted to go. */
export async function completeSignIn(): Promise<string> {
  const user = await requireManager().signinRedirectCallback()
  applyUser(user)
  const state = user.state as { returnTo?: string } | undefined
  return state?.returnTo ?? '/'
}

/** After a reload the memory is empty: try a silent sign-in through Keycloak's session before asking to log in. */
export async function restoreSession(): Promise<void> {
  try {
    applyUser(await requireManager().signinSilent())
  } catch {
    applyUser(null)
  }
}

export function signIn(returnTo: string): Promise<void> {
  return requireManager().signinRedirect({ state: { returnTo } })
}

export function signOut(): Promise<void> {
  return requireManager().signoutRedirect()
}

export function accessToken(): string | null {
  return session.user?.access_token ?? null
}

export function hasRole(role: Role): boolean {
  return session.roles.includes(role)
}
