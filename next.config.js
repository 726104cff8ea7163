/**
 * Only the app's own origin. Next inlines its bootstrap and RSC payload as <script> elements whose content
 * differs per page and per data, so neither hashes nor a static list work; nonces would need a proxy on every
 * request and make every page dynamic. Hence 'unsafe-inline' for script elements only: inline event-handler
 * attributes stay blocked (script-src-attr 'none'), and no script can come from another origin. Pages and charts
 * render style="" attributes, so those are allowed, but not <style> elements. See docs/SECURITY.md.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "script-src-attr 'none'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm database drivers must stay outside the server bundle.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
