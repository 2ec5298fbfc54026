// Content Security Policy (src/core/csp.ts) for the built game: a <meta> in every built page (the
// game and the phone vote page), and the header, with frame-ancestors and the configured LRS, from
// `npm start` (vite preview). The classroom relay sends the same header (server/relay-server.ts).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { connectOrigin, contentSecurityPolicy, cspHeader, META_CONNECT } from '../../src/core/csp.ts';
import { CONFIG_FILE } from '../../src/core/offline.ts';

/** The header for the game built into `dir`: connect-src names the LRS its config.json configures. */
export function cspHeaderFor(dir: string): string {
  let endpoint: unknown;
  try {
    const config = JSON.parse(readFileSync(join(dir, CONFIG_FILE), 'utf8')) as {
      xapi?: { endpoint?: unknown };
    };
    endpoint = config.xapi?.endpoint;
  } catch {
    endpoint = undefined;
  }
  const lrs = connectOrigin(endpoint);
  return cspHeader(lrs ? [lrs] : []);
}

export function cspPlugin(): Plugin {
  return {
    name: 'second-look:csp',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // The dev server injects inline scripts (hot reload); only built pages carry the policy.
        if (ctx.server) return;
        return [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              content: contentSecurityPolicy({ connect: META_CONNECT }),
            },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', cspHeaderFor(dir));
        res.setHeader('X-Content-Type-Options', 'nosniff');
        next();
      });
    },
  };
}
