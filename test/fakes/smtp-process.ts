/**
 * A real SMTP server (smtp-server) in its own process, for tests that must talk SMTP over TCP:
 *   node --import tsx/esm test/fakes/smtp-process.ts --out FILE [--user U --pass P]
 * Listens on 127.0.0.1 and a free port, prints {"port": N} on its first stdout line, and appends
 * each message received to FILE as one JSON line {from, to, raw (base64 of the exact bytes)}.
 * Recipients whose mailbox starts with "reject" get 550 (permanent), "busy" get 451 (transient).
 * No STARTTLS; AUTH PLAIN/LOGIN over the plain connection when --user is given. It exits on
 * SIGTERM, when its stdin closes (the test process is gone), or after ten minutes.
 */
import { appendFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';

const { values } = parseArgs({
  options: { out: { type: 'string' }, user: { type: 'string' }, pass: { type: 'string' } },
});
const out = values.out;
if (!out) {
  process.stderr.write('--out FILE is required\n');
  process.exit(2);
}

const smtpError = (message: string, responseCode: number) =>
  Object.assign(new Error(message), { responseCode });

const server = new SMTPServer({
  name: 'fake-smtp.local',
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  authOptional: !values.user,
  authMethods: ['PLAIN', 'LOGIN'],
  size: 10 * 1024 * 1024,
  logger: false,
  onAuth(auth, _session, callback) {
    if (auth.username === values.user && auth.password === values.pass)
      return callback(null, { user: auth.username });
    return callback(smtpError('5.7.8 Authentication credentials invalid', 535));
  },
  onRcptTo(address, _session, callback) {
    const mailbox = address.address.toLowerCase();
    if (mailbox.startsWith('reject')) return callback(smtpError('5.1.1 No such user here', 550));
    if (mailbox.startsWith('busy')) return callback(smtpError('4.2.1 Mailbox busy, try again later', 451));
    return callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      const to = session.envelope.rcptTo.map((r) => r.address);
      appendFileSync(out, `${JSON.stringify({ from, to, raw: Buffer.concat(chunks).toString('base64') })}\n`);
      callback();
    });
  },
});

server.on('error', (error) => process.stderr.write(`smtp error: ${error.message}\n`));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Never outlive the test run: stop when the parent goes away (its end of stdin closes), and after
// ten minutes in any case.
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
setTimeout(stop, 10 * 60_000).unref();
