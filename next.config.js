/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm database drivers must stay outside the server bundle.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  poweredByHeader: false,
  // On every response, static files included. The Content-Security-Policy is not here: it carries a per-request
  // nonce, so proxy.ts sets it (on everything but /_next/static and /_next/image, which are never documents).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
