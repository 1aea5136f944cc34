/** Only same-site paths may be a post-login destination (no `//evil.example`). */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return '/';
  if (target.startsWith('/dang-nhap')) return '/';
  return target;
}
