/**
 * Just enough MIME to read back what nodemailer wrote (test helper, no dependency): header
 * unfolding, RFC 2047 encoded words (B and Q, adjacent words joined before decoding so a character
 * split across two words survives), and single-part bodies in quoted-printable, base64, 7bit or 8bit.
 */
export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  text: string;
}

export function parseMail(raw: Buffer): ParsedMail {
  const source = raw.toString('latin1');
  const split = source.indexOf('\r\n\r\n');
  const head = split >= 0 ? source.slice(0, split) : source;
  const bodyBytes = Buffer.from(split >= 0 ? source.slice(split + 4) : '', 'latin1');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const type = headers.get('content-type') ?? 'text/plain';
  if (/^multipart\//i.test(type)) throw new Error(`multipart is not handled by this helper: ${type}`);
  const charset = /charset="?([^";]+)"?/i.exec(type)?.[1]?.toLowerCase() ?? 'us-ascii';
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const decoded =
    encoding === 'base64'
      ? Buffer.from(bodyBytes.toString('latin1').replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(bodyBytes.toString('latin1'))
        : bodyBytes;
  return {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    text: new TextDecoder(charset === 'us-ascii' ? 'utf-8' : charset).decode(decoded).replace(/\r\n/g, '\n'),
  };
}

export function decodeQuotedPrintable(input: string): Buffer {
  const soft = input.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** "=?UTF-8?Q?H=E1=BB=93_s=C6=A1?= =?UTF-8?Q?_abc?=" → "Hồ sơ abc". */
export function decodeWords(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  // Runs of plain text and of encoded bytes; adjacent encoded words of one charset share a run.
  const runs: Array<{ text: string } | { charset: string; bytes: Buffer[] }> = [];
  let last = 0;
  for (let m = word.exec(value); m; m = word.exec(value)) {
    const between = value.slice(last, m.index);
    const previous = runs.at(-1);
    const [, charset = 'utf-8', kind = 'Q', data = ''] = m;
    const bytes =
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : decodeQuotedPrintable(data.replace(/_/g, ' '));
    const cs = charset.toLowerCase();
    // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
    if (previous && 'bytes' in previous && /^\s*$/.test(between) && previous.charset === cs) {
      previous.bytes.push(bytes);
    } else {
      if (between) runs.push({ text: between });
      runs.push({ charset: cs, bytes: [bytes] });
    }
    last = m.index + m[0].length;
  }
  runs.push({ text: value.slice(last) });
  return runs
    .map((r) => ('text' in r ? r.text : new TextDecoder(r.charset).decode(Buffer.concat(r.bytes))))
    .join('');
}
