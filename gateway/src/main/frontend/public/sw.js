// Ladder service worker: caches the app shell for offline start, shows Web Push notifications and opens their link.
const SHELL = 'ladder-shell-v2'
const SHELL_FILES = ['/index.html', '/manifest.webmanifest', '/favicon.svg']

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return
  }
  if (request.mode === 'navigate') {
    // the network first, so a new release shows at once; the cached shell when offline
    event.respondWith(fetch(request).catch(() => caches.match('/index.html')))
    return
  }
  if (url.pathname.startsWith('/assets/')) {
    // hashed file names never change: cache first
    event.respondWith(
      caches.match(request).then((hit) => hit || fetch(request).then((response) => {
        const copy = response.clone()
        if (response.ok) caches.open(SHELL).then((cache) => cache.put(request, copy))
        return response
      })),
    )
  }
})

self.addEventListener('push', (event) => {
  let item = {}
  try {
    item = event.data ? event.data.json() : {}
  } catch (e) {
    item = { title: event.data ? event.data.text() : 'Ladder' }
  }
  const title = item.title || 'Ladder'
  event.waitUntil(
    self.registration.showNotification(title, {
      body: item.body || '',
      icon: '/favicon.svg',
      tag: item.notificationId || item.id || undefined,
      data: { link: item.link || '/specialist/inbox', id: item.notificationId || item.id },
    }),
  )
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const link = (event.notification.data && event.notification.data.link) || '/specialist/inbox'
  const target = new URL(link, self.location.origin).href
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (new URL(client.url).origin === self.location.origin && 'focus' in client) {
          client.postMessage({ type: 'open', link })
          return client.focus()
        }
      }
      return self.clients.openWindow(target)
    }),
  )
})
