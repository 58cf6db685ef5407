/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  build: {
    // echarts is code-split into the officials' dashboard chunk
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      input: { main: 'index.html', silent: 'silent-renew.html' },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/config.json': 'http://localhost:8080' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
  },
})
