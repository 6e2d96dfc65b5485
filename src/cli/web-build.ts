import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Newest modification time of the files under the given folders (the web app's sources). */
function newestSourceTime(folders: string[]): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  folders.forEach(visit);
  return newest;
}

/**
 * Builds the web app when its build is missing or older than its sources, so that `npm start` on a fresh
 * clone (or after a pull) serves the current app without a separate build step.
 */
export function buildWebAppIfNeeded(root: string, distDir: string): void {
  const index = path.resolve(distDir, 'index.html');
  const builtAt = fs.statSync(index, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = ['src/web', 'src/domain', 'vite.config.ts'].map((p) => path.join(root, p));
  if (builtAt > newestSourceTime(sources)) return;
  const vite = path.join(root, 'node_modules', '.bin', 'vite');
  if (!fs.existsSync(vite)) {
    console.warn(
      'vite is not installed (npm install without dev dependencies?): serving the API without the web app',
    );
    return;
  }
  console.log('building the web app (vite build)…');
  // Into the folder the server will serve (WEB_DIST_DIR), not always vite's default.
  const result = spawnSync(
    vite,
    ['build', '--logLevel', 'warn', '--outDir', path.resolve(distDir), '--emptyOutDir'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('the web app build failed');
}
