import { createApp } from 'vue'
import App from './App.vue'
import { initAuth, restoreSession, session } from './lib/auth'
import { i18n } from './lib/i18n'
import { router } from './router'
import './styles.css'

async function start(): Promise<void> {
  try {
    await initAuth()
    if (window.location.pathname !== '/callback') await restoreSession()
  } catch (e) {
    session.error = String(e)
  }
  session.ready = true
  createApp(App).use(i18n).use(router).mount('#app')
  if ('serviceWorker' in navigator) {
    void navigator.serviceWorker.register('/sw.js')
    // a tapped push notification asks an open window to show its screen
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; link?: string }>) => {
      if (event.data?.type === 'open' && event.data.link) void router.push(event.data.link)
    })
  }
}

void start()
