// The game's Content Security Policy, one definition for every place that states it: a <meta> in
// every built page (scripts/build/vite-plugin-csp.ts), the header from `npm start` (vite preview) and from
// the classroom relay (server/relay-server.ts). docs/deploy.md says how a web server sends it.
//
// No inline script and no eval anywhere: the build's boot hint is a file (scripts/build/vite-plugin-preload.ts),
// styles come only from the game's own stylesheets (vote bars are sized through CSSOM, which
// style-src does not govern), images also from data: and blob: (Phaser's built-in textures and the
// characters drawn as SVG), and nothing may embed the game as a plugin or change its base address.

export interface CspOptions {
  /**
   * Origins the page may send requests to besides its own: the configured LRS
   * (`xapi.endpoint` in config.json), e.g. `https://lrs.example.org`.
   */
  connect?: readonly string[];
  /** Who may frame the game (a header only; a <meta> policy cannot say it). */
  frameAncestors?: string;
}

/**
 * Where the page may connect in the <meta> policy: the meta cannot know config.json's LRS, and the
 * browser enforces the header and the meta together (a request must pass both), so the meta allows
 * any https: origin and the header, which the deployer writes, names the LRS.
 */
export const META_CONNECT = ['https:'] as const;

/** The policy as a header or meta value. */
export function contentSecurityPolicy(opts: CspOptions = {}): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['media-src', "'self'", 'data:', 'blob:'],
    ['connect-src', "'self'", ...(opts.connect ?? [])],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
  if (opts.frameAncestors) directives.push(['frame-ancestors', opts.frameAncestors]);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The header `npm start` and the classroom relay send: the game may be framed only by itself. */
export function cspHeader(connect: readonly string[] = []): string {
  return contentSecurityPolicy({ connect, frameAncestors: "'self'" });
}

/** The origin of an LRS endpoint for connect-src, or null when it is not an http(s) URL. */
export function connectOrigin(endpoint: unknown): string | null {
  if (typeof endpoint !== 'string') return null;
  try {
    const url = new URL(endpoint);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}
