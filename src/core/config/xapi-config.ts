// The optional `xapi` section of the organisation configuration: an LRS that receives the learner's
// statements outside an LMS, and the rule that its address is https:// (the credential travels with
// every statement).

import { TEXT_LIMITS } from '../limits.ts';
import { reason, type Reason } from '../reasons.ts';
import type { Reader } from '../validate.ts';

export interface XapiConfig {
  /** The LRS's xAPI endpoint, e.g. "https://lrs.example.org/xapi/". */
  endpoint: string;
  /** The Authorization header value, e.g. "Basic dXNlcjpwYXNz". */
  auth: string;
}

/** Hosts an LRS may be reached on over plain http: this computer only, where nothing crosses a network. */
export const XAPI_LOCAL_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Why an xAPI endpoint is refused, or null when it is fine: it must be an https:// address, since the
 * Authorization header travels with every statement; plain http:// only to this computer.
 */
export function xapiEndpointProblem(endpoint: string): Reason | null {
  let url: URL | null = null;
  try {
    url = /^https?:\/\/[^\s/]+/i.test(endpoint) && !/\s/.test(endpoint) ? new URL(endpoint) : null;
  } catch {
    url = null;
  }
  if (!url) return reason('notHttps', { got: endpoint });
  if (url.protocol === 'http:' && !XAPI_LOCAL_HOSTS.includes(url.hostname))
    return reason('plainHttp', { hosts: XAPI_LOCAL_HOSTS.join(', '), got: endpoint });
  return null;
}

/** Reads the optional `xapi` section. */
export function readXapi(r: Reader, value: unknown): { xapi?: XapiConfig } {
  if (value === undefined) return {};
  const x = r.object(value, 'xapi') ?? {};
  r.onlyKeys(x, ['endpoint', 'auth'], 'xapi');
  const endpoint = r.text(x, 'endpoint', 'xapi');
  const problem = endpoint ? xapiEndpointProblem(endpoint) : null;
  if (problem) r.failWith('xapi.endpoint', problem);
  return { xapi: { endpoint, auth: r.text(x, 'auth', 'xapi', { max: TEXT_LIMITS.xapiAuth }) } };
}
