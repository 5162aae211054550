import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // lib/content/index.ts marks itself server-only; unit tests are the server.
      "server-only": fileURLToPath(new URL("./tests/unit/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Documents made in the tests link to a public-looking address, as a production build's do (next.config.mjs).
    env: { SITE_URL: "https://opi-guiden.example.dk" },
    testTimeout: 30_000,
  },
});
