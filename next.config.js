/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm database drivers must stay outside the server bundle.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  poweredByHeader: false,
};

export default nextConfig;
