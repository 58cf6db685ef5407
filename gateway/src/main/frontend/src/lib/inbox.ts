import { reactive } from 'vue'
import { ApiError, authHeaders, get, post } from './api'
import { openStream } from './sse'
import type { Inbox, Notification } from './types'

/** The signed-in user's inbox, shared by the badge and the list, kept live by the notification stream. */
export const inbox = reactive({
  items: [] as Notification[],
  unread: 0,
  loading: false,
  live: false,
  error: null as ApiError | null,
})

let stop: (() => void) | null = null

export async function loadInbox(): Promise<void> {
  inbox.loading = true
  inbox.error = null
  try {
    const page = await get<Inbox>('/api/notifications?page=0&size=50&archived=false')
    inbox.items = page.items
    inbox.unread = page.unreadCount
  } catch (e) {
    inbox.error = e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) })
  } finally {
    inbox.loading = false
  }
}

/** Adds an item announced by the stream (once, newest first). */
export function receive(item: Notification): void {
  if (inbox.items.some((i) => i.id === item.id)) return
  inbox.items = [item, ...inbox.items]
  if (!item.read) inbox.unread += 1
}

export function startLiveInbox(): void {
  if (stop) return
  void loadInbox()
  let wasLive = false
  stop = openStream(
    '/api/notifications/stream',
    () => authHeaders({ 'Accept-Language': document.documentElement.lang || 'zh-CN' }),
    (event) => {
      if (event.event === 'notification') receive(JSON.parse(event.data) as Notification)
    },
    (connected) => {
      inbox.live = connected
      // a reconnect lists the inbox to catch up with what came while the stream was down
      if (connected && wasLive) void loadInbox()
      if (connected) wasLive = true
    },
  )
}

export function stopLiveInbox(): void {
  stop?.()
  stop = null
}

export async function setRead(item: Notification, read: boolean): Promise<void> {
  await post(`/api/notifications/${encodeURIComponent(item.id)}/${read ? 'read' : 'unread'}`)
  if (item.read !== read) inbox.unread += read ? -1 : 1
  item.read = read
}

export async function archive(item: Notification): Promise<void> {
  await post(`/api/notifications/${encodeURIComponent(item.id)}/archive`)
  if (!item.read) inbox.unread -= 1
  inbox.items = inbox.items.filter((i) => i.id !== item.id)
}
