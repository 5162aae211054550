import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import nextPlugin from "@next/eslint-plugin-next";

export default tseslint.config(
  { ignores: [".next/**", ".next-bench*/**", ".next-node-lts/**", "**/node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
      // Pages are static HTML and navigate with plain links: next/link would add its client code to every page.
      "@next/next/no-html-link-for-pages": "off",
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use a plain <a>: next/link ships client code to every page that shows a link." }] }],
    },
  },
  {
    // Only client leaves may say "use client"; prose and page shells stay on the server.
    files: ["app/**/*.tsx", "components/layout/**/*.tsx", "components/mdx/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "Program > ExpressionStatement[directive='use client']", message: "Client code belongs in a *.client.tsx file." },
      ],
    },
  },
);
