import { describe, expect, it } from 'vitest';
import { parsePublicUrl, publicOrigin } from '@/lib/serve/origin';

describe('the public origin', () => {
  it('accepts an http(s) origin and normalises it', () => {
    expect(parsePublicUrl('https://Parallax.Example.org')).toEqual({ origin: 'https://parallax.example.org' });
    expect(parsePublicUrl('http://127.0.0.1:8080/')).toEqual({ origin: 'http://127.0.0.1:8080' });
  });

  it('refuses what is not an origin, saying what is wrong', () => {
    expect(parsePublicUrl('parallax.example.org')).toMatchObject({ problem: expect.stringContaining('not a URL') });
    expect(parsePublicUrl('javascript:alert(1)')).toMatchObject({ problem: expect.stringContaining('http:// or https://') });
    expect(parsePublicUrl('https://user:pw@parallax.example.org')).toMatchObject({ problem: expect.stringContaining('user name or password') });
    expect(parsePublicUrl('https://parallax.example.org/app?x=1')).toMatchObject({ problem: expect.stringContaining('origin only') });
  });

  it('comes from configuration or the listen port, never from anything a request says', () => {
    expect(publicOrigin({ PARALLAX_PUBLIC_URL: 'https://parallax.example.org' })).toBe('https://parallax.example.org');
    expect(publicOrigin({ PORT: '4123' })).toBe('http://localhost:4123');
    expect(publicOrigin({})).toBe('http://localhost:3000');
    // A malformed setting (a server started without `serve`'s check) must not fail a page.
    expect(publicOrigin({ PARALLAX_PUBLIC_URL: 'not a url', PORT: '4123' })).toBe('http://localhost:4123');
    expect(publicOrigin({ PORT: 'evil.example' })).toBe('http://localhost:3000');
  });
});
