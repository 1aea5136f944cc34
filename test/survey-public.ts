import { solveChallenge } from 'altcha-lib/v1';
import type { TestApp } from './app.ts';

/** The form as the public page receives it: a server-issued device token and an ALTCHA challenge. */
export interface IssuedForm {
  deviceToken: string;
  expiresAt: string;
  challenge: { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };
}

/** A request from a given client address, as @hono/node-server would see the socket. */
export function fromAddress(address: string) {
  return { incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: 'IPv4' } } };
}

/** Solve a form's challenge the way the web page does, and return the `proof` field to send. */
export async function solveProof(form: IssuedForm): Promise<string> {
  const c = form.challenge;
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  if (!solution) throw new Error('challenge not solved');
  return Buffer.from(
    JSON.stringify({
      algorithm: c.algorithm,
      challenge: c.challenge,
      number: solution.number,
      salt: c.salt,
      signature: c.signature,
    }),
  ).toString('base64');
}

export async function fetchForm(app: TestApp['app'], unitCode: string, address = '203.0.113.1') {
  const res = await app.request(`/api/v1/public/surveys/${unitCode}`, {}, fromAddress(address));
  if (res.status !== 200) throw new Error(`form of ${unitCode}: ${res.status} ${await res.text()}`);
  return (await res.json()) as IssuedForm;
}

/**
 * What a citizen's phone does: open the form (token + challenge), solve the proof of work, send the
 * answers with both, from one client address.
 */
export async function submitAsCitizen(
  app: TestApp['app'],
  unitCode: string,
  body: { answers: Record<string, number | null>; consent?: boolean; profile?: Record<string, number> },
  options: { address?: string; form?: IssuedForm } = {},
) {
  const address = options.address ?? '203.0.113.1';
  const form = options.form ?? (await fetchForm(app, unitCode, address));
  return postResponse(
    app,
    unitCode,
    {
      consent: true,
      ...body,
      deviceToken: form.deviceToken,
      proof: await solveProof(form),
    },
    address,
  );
}

export function postResponse(app: TestApp['app'], unitCode: string, body: object, address = '203.0.113.1') {
  return app.request(
    `/api/v1/public/surveys/${unitCode}/responses`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    fromAddress(address),
  );
}
