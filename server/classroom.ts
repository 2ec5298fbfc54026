// `npm run classroom [-- --port 4180]`: the optional classroom relay for phone voting.
// Builds the game if dist/ is missing or older than the sources, then serves it on the local network
// with the relay's WebSocket on the same port, and prints the addresses. See docs/classroom.md.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ADDRESS_LIMITS, VOTE_PAGE } from '../src/core/classroom/relay-protocol.ts';
import { lanAddresses, startRelay } from './relay-server.ts';

const ROOT = join(import.meta.dirname, '..');
const SOURCES = ['src', 'stories', 'assets', 'index.html', VOTE_PAGE, 'vite.config.ts', 'package-lock.json'];

/** The newest modification time under `path` (a file or a folder), in ms; 0 if it does not exist. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether `distDir` needs a build: a page is missing, or a source is newer than the built pages. */
export function needsBuild(root: string, distDir: string): boolean {
  const pages = ['index.html', VOTE_PAGE].map((p) => join(distDir, p));
  if (!pages.every((p) => existsSync(p))) return true;
  const built = Math.min(...pages.map((p) => statSync(p).mtimeMs));
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4180' },
      host: { type: 'string', default: '0.0.0.0' },
      dist: { type: 'string', default: join(ROOT, 'dist') },
      'no-build': { type: 'boolean', default: false },
      'phones-per-address': { type: 'string', default: String(ADDRESS_LIMITS.votersPerRoom) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'npm run classroom [-- --port 4180] [--host 0.0.0.0] [--dist dist] [--no-build]\n' +
        `                  [--phones-per-address ${ADDRESS_LIMITS.votersPerRoom}]\n` +
        'Serves the game and the phone voting page on the local network. See docs/classroom.md.',
    );
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: "${values.port}" is not a port number (0–65535)`);
  }
  const perAddressPhones = Number(values['phones-per-address']);
  if (!Number.isInteger(perAddressPhones) || perAddressPhones < 1 || perAddressPhones > 200) {
    throw new Error(`--phones-per-address: "${values['phones-per-address']}" is not a number from 1 to 200`);
  }
  const dist = values.dist;
  if (!values['no-build'] && needsBuild(ROOT, dist)) {
    console.log(`Building the game into ${dist} (the sources changed since the last build)…`);
    const { build } = await import('vite');
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  } else if (!existsSync(join(dist, VOTE_PAGE))) {
    throw new Error(`--dist: ${dist} has no ${VOTE_PAGE}; run without --no-build`);
  }

  const relay = await startRelay({
    port,
    host: values.host,
    staticDir: dist,
    // A bigger class behind one NAT: more phones from one address, and all of them may join at once.
    perAddress: {
      votersPerRoom: perAddressPhones,
      newVoters: {
        burst: Math.max(perAddressPhones, ADDRESS_LIMITS.newVoters.burst),
        perMinute: ADDRESS_LIMITS.newVoters.perMinute,
      },
      connections: Math.max(ADDRESS_LIMITS.connections, 2 * perAddressPhones + 30),
    },
    log: (line) => console.log(`${new Date().toLocaleTimeString()}  ${line}`),
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE')
      throw new Error(`--port: ${port} is already in use; pick another with --port`);
    throw e;
  });

  console.log(
    [
      '',
      'Second Look classroom relay',
      `  Instructor, on this machine only:  ${relay.localUrl}  (open presenter mode here)`,
      `  Learners' phones, same network:    ${relay.joinBase}`,
      ...lanAddresses()
        .slice(1)
        .map((ip) => `  (or, on another network of this machine: http://${ip}:${relay.port}/${VOTE_PAGE})`),
      '  The join code shows in presenter mode once the console connects.',
      '',
      'Votes live in memory only and are gone when the session ends. Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );

  const stop = (): void => {
    void relay.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(`classroom: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
