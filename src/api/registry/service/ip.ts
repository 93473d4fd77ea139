/**
 * IP addresses as the API server reads them (`netutils.ParseIPSloppy`: IPv4 octets may carry
 * leading zeros) and the Service CIDR arithmetic the allocators need. IPv4 only for arithmetic:
 * the simulated cluster is single-stack IPv4, as minikube and kind are by default.
 */
import { isIPv6 } from 'node:net';

const OCTET = /^\d{1,3}$/;

/** An IPv4 address as a 32-bit unsigned integer, or undefined when it is not one. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!OCTET.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

export function formatIPv4(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function isIPv6String(text: string): boolean {
  return isIPv6(text);
}

/** Whether Go's `ParseIPSloppy` accepts the text. */
export function isValidIP(text: string): boolean {
  return parseIPv4(text) !== undefined || isIPv6(text);
}

/** `validation.IsValidIP`'s message. */
export const INVALID_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

/** `validation.IsValidCIDR`'s message, and whether the text is a CIDR. */
export const INVALID_CIDR = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';
export function isValidCIDR(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return false;
  const ip = text.slice(0, slash);
  const bits = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  if (parseIPv4(ip) !== undefined) return Number(bits) <= 32;
  return isIPv6(ip) && Number(bits) <= 128;
}

/**
 * `ValidateNonSpecialIP`: addresses that make no sense for a service or an endpoint
 * (unspecified, loopback, link-local, link-local multicast), with the API server's messages.
 */
export function specialIPProblem(text: string): string | undefined {
  const v4 = parseIPv4(text);
  if (v4 !== undefined) {
    if (v4 === 0) return 'may not be unspecified (0.0.0.0)';
    if (v4 >>> 24 === 127) return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
    if (v4 >>> 16 === (169 << 8) + 254) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
    if (v4 >>> 8 === (224 << 16)) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
    return undefined;
  }
  const lower = text.toLowerCase();
  if (lower === '::') return 'may not be unspecified (::)';
  if (lower === '::1') return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
  if (/^fe[89ab]/.test(lower)) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
  if (lower.startsWith('ff02:')) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
  return undefined;
}

/** An IPv4 CIDR: its first usable address and how many usable addresses it holds. */
export interface IPv4Range {
  readonly cidr: string;
  /** The network address (`10.96.0.0`), as the dry-run allocator answers. */
  readonly network: number;
  /** The first allocatable address (network + 1). */
  readonly first: number;
  /** Allocatable addresses: the network and broadcast addresses are not used. */
  readonly size: number;
}

export function ipv4Range(cidr: string): IPv4Range {
  const [ip, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  const network = parseIPv4(ip)!;
  return { cidr, network, first: network + 1, size: 2 ** (32 - bits) - 2 };
}

export function rangeContains(r: IPv4Range, ip: number): boolean {
  return ip >= r.network && ip < r.network + r.size + 2;
}
