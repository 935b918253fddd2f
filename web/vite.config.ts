import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The shared rules are compiled from source, so the web needs no build of shared/. */
const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@flaskhals/shared': sharedSource },
  },
  server: {
    port: 5173,
    // The API in development; FLASKHALS_API points elsewhere when 4000 is taken.
    proxy: { '/graphql': process.env.FLASKHALS_API ?? 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        // Geoman is not listed: it stays in its own chunk, loaded only when someone draws.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next)[\\/]/, priority: 2 },
            { name: 'leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
});
