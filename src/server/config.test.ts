import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, publicUrlWarning } from './config.ts';

describe('the public address printed on QR codes and slips', () => {
  it('warns when a server reachable from other machines only guesses its address', () => {
    const config = loadConfig({ HOST: '0.0.0.0', PORT: '8080' });
    expect(config.publicUrl).toBe('http://localhost:8080');
    expect(publicUrlWarning(config)).toMatch(/HAILONG_PUBLIC_URL.*http:\/\/localhost:8080/s);
  });

  it('warns for a LAN address too, naming the address that will be printed', () => {
    const config = loadConfig({ HOST: '10.0.0.5' });
    expect(publicUrlWarning(config)).toContain('http://10.0.0.5:3000');
  });

  it('stays quiet when the address is configured, whatever the host', () => {
    const config = loadConfig({ HOST: '0.0.0.0', HAILONG_PUBLIC_URL: 'https://hailong.khanhhoa.gov.vn/' });
    expect(config.publicUrl).toBe('https://hailong.khanhhoa.gov.vn');
    expect(config.cookieSecure).toBe(true);
    expect(publicUrlWarning(config)).toBeNull();
  });

  it('stays quiet on a loopback server, which no citizen can reach', () => {
    expect(publicUrlWarning(loadConfig({}))).toBeNull();
    expect(publicUrlWarning(loadConfig({ HOST: 'localhost' }))).toBeNull();
  });

  it('rejects a public address that is not a URL, naming the variable', () => {
    expect(() => loadConfig({ HAILONG_PUBLIC_URL: 'hailong.gov.vn' })).toThrow(ConfigError);
    expect(() => loadConfig({ HAILONG_PUBLIC_URL: 'hailong.gov.vn' })).toThrow(/HAILONG_PUBLIC_URL/);
  });
});
