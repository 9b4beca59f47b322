// Which client sent a request, for rate limits. The socket's address, unless that address is one of the
// configured trusted proxies: then X-Forwarded-For is read from the right, skipping trusted proxies, and
// the first address that is not one of them is the client (entries further left can be forged by anyone).
// Without this, behind a reverse proxy every user shared one allowance (the proxy's address).
import { BlockList, isIP } from 'node:net';

export type ClientIpResolver = (
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
) => string;

function normalize(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, '');
  // IPv4-mapped IPv6 (::ffff:1.2.3.4) is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped?.[1] ?? a;
}

export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(address)) throw new Error(`trusted proxy ${entry} is not an IP address or CIDR block`);
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

export function clientIpResolver(trusted: readonly string[]): ClientIpResolver {
  const list = trustedProxyList(trusted);
  const isTrusted = (address: string) => {
    const kind = isIP(address);
    return kind !== 0 && list.check(address, kind === 6 ? 'ipv6' : 'ipv4');
  };
  return (socketAddress, forwardedFor) => {
    const socket = socketAddress ? normalize(socketAddress) : 'unknown';
    if (!forwardedFor || !isTrusted(socket)) return socket;
    const hops = forwardedFor.split(',').map(normalize).filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i] as string;
      if (!isIP(hop)) return socket;
      if (!isTrusted(hop)) return hop;
    }
    // Every hop is a trusted proxy: the leftmost is the closest we know to the client.
    return hops[0] ?? socket;
  };
}
