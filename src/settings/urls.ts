// The one rule for where a request may go: https, or plain http to this machine (for test servers).

/** Whether `hostname` (as URL.hostname spells it) is this machine, for which plain http is allowed. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost' || host === '[::1]') return true
  const octets = host.split('.')
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)
}

/** https anywhere, http only on loopback. */
export function isAllowedScheme(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
}

/**
 * URL text must be refused, not repaired, when it holds controls or spaces: the URL parser silently
 * drops tabs and line breaks, so "https://host/a\r\nb" would quietly become another address.
 */
export function hasUnsafeUrlText(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0020\u007f-\u009f]/.test(text) || text.length > 2048
}
