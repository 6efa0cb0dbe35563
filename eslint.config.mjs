import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "data/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "scripts/db-migrate.mjs",
    ],
  },
  {
    rules: {
      // RTL by construction: physical left/right utilities are a bug in this app.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "Literal[value=/(^|\\s|:)((ml|mr|pl|pr|left|right|border-l|border-r|scroll-ml|scroll-mr)-(\\d|\\[|px|auto|full)|(rounded-[lr]|rounded-[tb][lr])(-|\\s|$)|(text|float|clear)-(left|right)(\\s|$)|border-[lr](\\s|$))/]",
          message: "Use logical Tailwind utilities (ms-/me-/ps-/pe-/start-/end-/text-start/text-end) in this RTL app.",
        },
      ],
    },
  },
];

export default config;
