/** A file response the browser saves under a readable (Vietnamese) name. */
export function download(bytes: Uint8Array, mime: string, fileName: string): Response {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]/g, '_');
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'content-type': mime,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
      // The browser takes the type given, never guesses one from the bytes (no HTML or script from a file).
      'x-content-type-options': 'nosniff',
    },
  });
}
