import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * Vendor code in a few long-lived chunks, so a release that changes only the app's own code keeps the
 * browser's cache of React and Ant Design. Ant Design components are left to Rollup's own splitting:
 * each lands in the chunk of the pages that use it, so the login page does not carry the table and tree.
 */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser)\//.test(id))
    return 'react';
  if (/\/node_modules\/@tanstack\//.test(id)) return 'query';
  if (/\/node_modules\/dayjs\//.test(id)) return 'dayjs';
  return undefined;
}

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Inline data: URLs in CSS are fine under the CSP; never inline scripts.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: { port: 4173 },
});
