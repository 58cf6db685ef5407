import { UserManager } from 'oidc-client-ts'

// Runs in the hidden iframe of a silent sign-in: hands Keycloak's answer to the app's window.
async function relay(): Promise<void> {
  const response = await fetch('/config.json', { headers: { Accept: 'application/json' } })
  const config = (await response.json()) as { authority: string; clientId: string }
  await new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}/callback`,
  }).signinSilentCallback()
}

void relay()
