import { SendError } from './sender.ts';

export interface HttpAnswer {
  status: number;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/** Well under the worker's 60 s claim, so a slow provider cannot make a claimed row look abandoned. */
export const HTTP_TIMEOUT_MS = 20_000;

/** POST a JSON body; a network error or timeout is a transient SendError. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs = HTTP_TIMEOUT_MS,
): Promise<HttpAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError' ? 'quá thời gian chờ' : errorText(error);
    throw new SendError(`Không kết nối được ${new URL(url).host}: ${reason}`, false);
  }
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

/**
 * An HTTP answer without the provider's own error shape: 408, 429 and 5xx may pass, so retry;
 * another 4xx means the request itself is wrong, which retrying cannot fix.
 */
export function httpFailure(provider: string, answer: HttpAnswer): SendError {
  const transient = answer.status >= 500 || answer.status === 408 || answer.status === 429;
  return new SendError(
    `${provider} trả lời HTTP ${answer.status}: ${answer.text.slice(0, 200) || '(không có nội dung)'}`,
    !transient,
    `HTTP ${answer.status}`,
  );
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
