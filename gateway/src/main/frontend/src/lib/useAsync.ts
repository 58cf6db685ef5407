import { ref, type Ref } from 'vue'
import { ApiError } from './api'

/** A value loaded from the API with its loading and error state. */
export interface AsyncValue<T> {
  data: Ref<T | null>
  loading: Ref<boolean>
  error: Ref<ApiError | null>
  run: () => Promise<void>
}

export function useAsync<T>(load: () => Promise<T>, immediate = true): AsyncValue<T> {
  const data = ref<T | null>(null) as Ref<T | null>
  const loading = ref(false)
  const error = ref<ApiError | null>(null)
  async function run(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      data.value = await load()
    } catch (e) {
      error.value = e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) })
    } finally {
      loading.value = false
    }
  }
  if (immediate) void run()
  return { data, loading, error, run }
}
