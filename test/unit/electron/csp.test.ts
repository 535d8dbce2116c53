import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspDirectives, securityHeaders } from '../../../electron/main/csp.ts';

describe('content security policy', () => {
  const policy = contentSecurityPolicy();
  const directives = new Map(policy.split(';').map((part) => {
    const [name, ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it("starts from default-src 'self' and keeps scripts strict", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-eval');
  });

  it("allows 'unsafe-inline' only for styles (Mantine's runtime <style> and style props)", () => {
    for (const [name, values] of directives) {
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
    }
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('names no remote origin and no wildcard', () => {
    for (const values of Object.values(cspDirectives)) {
      for (const value of values) expect(value).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });

  it('forbids objects, framing, base rewriting and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('is sent with nosniff and no referrer', () => {
    expect(securityHeaders()).toMatchObject({
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});
