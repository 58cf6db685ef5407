/** One Server-Sent Event. */
export interface SseEvent {
  event: string
  id: string | null
  data: string
}

/** Splits a text/event-stream into events; feed it chunks as they arrive, it returns the events completed so far. */
export class SseParser {
  private buffer = ''

  push(chunk: string): SseEvent[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n')
    const events: SseEvent[] = []
    let end = this.buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = this.buffer.slice(0, end)
      this.buffer = this.buffer.slice(end + 2)
      const event = parseBlock(block)
      if (event) events.push(event)
      end = this.buffer.indexOf('\n\n')
    }
    return events
  }
}

function parseBlock(block: string): SseEvent | null {
  let event = 'message'
  let id: string | null = null
  const data: string[] = []
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue
    const colon = line.indexOf(':')
    const field = colon < 0 ? line : line.slice(0, colon)
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'event') event = value
    else if (field === 'data') data.push(value)
    else if (field === 'id') id = value
  }
  return data.length || event !== 'message' ? { event, id, data: data.join('\n') } : null
}

/**
 * Reads an event stream with fetch, so the bearer token can be sent (EventSource cannot), and reconnects after a
 * pause when it ends or fails. Returns a function that stops it.
 */
export function openStream(
  url: string,
  headers: () => Record<string, string>,
  onEvent: (event: SseEvent) => void,
  onState: (connected: boolean) => void,
  retryMs = 3000,
): () => void {
  let stopped = false
  let controller: AbortController | null = null
  async function connect(): Promise<void> {
    while (!stopped) {
      controller = new AbortController()
      try {
        const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers() }, signal: controller.signal })
        if (!response.ok || !response.body) throw new Error(`stream ${response.status}`)
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
        const parser = new SseParser()
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          for (const event of parser.push(value)) {
            if (event.event === 'ready') onState(true)
            onEvent(event)
          }
        }
      } catch {
        // closed, refused or aborted: fall through to the pause
      }
      onState(false)
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, retryMs))
    }
  }
  void connect()
  return () => {
    stopped = true
    controller?.abort()
  }
}
