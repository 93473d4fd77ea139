/** DescribeProbe: the one-line form of a liveness, readiness or startup probe. */

/** intstr.IntOrString.String(). */
export function intOrString(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

/** net.JoinHostPort: IPv6 hosts get brackets. */
function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** url.URL.EscapedPath for the characters a probe path can hold. */
function escapePath(path: string): string {
  // Go's shouldEscape(encodePath) keeps unreserved characters and $&+,/:;=@ and escapes the rest.
  if (path === '*') return path;
  return path.replace(/[^A-Za-z0-9\-._~$&+,/:;=@]/gu, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** url.URL.String() for scheme, host and path only. */
function urlString(scheme: string, host: string, path: string): string {
  let s = scheme ? `${scheme}:` : '';
  if (scheme || host) s += `//${host}`;
  let p = escapePath(path);
  if (p && p[0] !== '/' && host) p = `/${p}`;
  return s + p;
}

export function describeProbe(probe: any): string {
  const attrs =
    `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s ` +
    `#success=${probe.successThreshold ?? 0} #failure=${probe.failureThreshold ?? 0}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`;
  if (probe.httpGet) {
    const h = probe.httpGet;
    const port = intOrString(h.port);
    const host = port.length > 0 ? joinHostPort(h.host ?? '', port) : (h.host ?? '');
    return `http-get ${urlString(String(h.scheme ?? '').toLowerCase(), host, h.path ?? '')} ${attrs}`;
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${intOrString(probe.tcpSocket.port)} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port ?? 0} ${probe.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}
