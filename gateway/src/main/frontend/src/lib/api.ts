import { accessToken } from './auth'

/** An RFC 9457 problem as the services and the gateway answer it. */
export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  service?: string
  reason?: string
  requestId?: string
  errors?: { field: string; rule: string; message: string }[]
}

/** A failed call: the problem the server sent, or one made from the status when the body was not a problem. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title ?? `HTTP ${problem.status}`)
  }
  get status(): number {
    return this.problem.status
  }
  /** The endpoint is not there (yet) or its service is down: show "unavailable" instead of a failure. */
  get unavailable(): boolean {
    return this.status === 404 || this.status === 503
  }
}

export function authHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const token = accessToken()
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra
}

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>
      return { ...body, status: body.status ?? response.status }
    } catch {
      // a broken body: the status speaks for itself
    }
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` }
}

/** Calls the API through the gateway with the bearer token; a non-2xx answer throws an ApiError. */
export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = authHeaders({ Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'zh-CN' })
  if (init.body && !(init.body instanceof FormData)) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(path, { ...init, headers: { ...headers, ...(init.headers as Record<string, string> | undefined) } })
  } catch (e) {
    throw new ApiError({ status: 0, title: 'network', detail: String(e) })
  }
  if (!response.ok) throw new ApiError(await problemOf(response))
  if (response.status === 204) return undefined as T
  const type = response.headers.get('Content-Type') ?? ''
  return (type.includes('json') ? await response.json() : await response.text()) as T
}

export const get = <T>(path: string) => api<T>(path)
export const post = <T>(path: string, body: unknown = {}) => api<T>(path, { method: 'POST', body: JSON.stringify(body) })
export const put = <T>(path: string, body: unknown) => api<T>(path, { method: 'PUT', body: JSON.stringify(body) })
export const patch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body: JSON.stringify(body) })

/** Uploads a file with progress (fetch cannot report upload progress; XMLHttpRequest can). */
export function upload<T>(path: string, form: FormData, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    Object.entries(authHeaders({ Accept: 'application/json' })).forEach(([k, v]) => xhr.setRequestHeader(k, v))
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((100 * e.loaded) / e.total))
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'network' }))
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null
      } catch {
        body = null
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T)
      else reject(new ApiError({ ...((body as Partial<Problem>) ?? {}), status: xhr.status }))
    }
    xhr.send(form)
  })
}

/** Downloads an authenticated file (an export, a material) and hands it to the browser. */
export async function download(path: string, fileName: string): Promise<void> {
  const response = await fetch(path, { headers: authHeaders() })
  if (!response.ok) throw new ApiError(await problemOf(response))
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
