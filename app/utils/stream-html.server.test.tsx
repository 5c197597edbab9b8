import { createRequire } from "node:module";
import path from "node:path";
import { PassThrough } from "node:stream";
import { text } from "node:stream/consumers";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { streamHtml } from "./stream-html.server";

// React 18.3.1's Node writer sent its whole 2,048-byte buffer when a multi-byte character did not
// fit at its end, zeros included (ADR 012). Many short texts whose characters are 1–4 bytes long
// put those characters across 2,048-byte edges at every offset.
const PIECES = ["Дўппи", "ʻ", "🧵", "q", "Ғўза", "oʻ", "👩🏽‍🎨", "ab", "Ёқ", "—"];
const texts = Array.from(
  { length: 1500 },
  (_, i) => `${"x".repeat(i % 5)}${PIECES[i % PIECES.length]}${PIECES[(i * 7) % PIECES.length]}`,
);
const alts = texts.filter((_, i) => i % 3 === 0).map((t) => `${t} ўзбек`);

function Tree() {
  return (
    <div>
      {texts.map((t, i) => (
        <p key={i}>
          <span>{t}</span>
          {i % 3 === 0 ? <img alt={alts[i / 3]} src="/x.png" /> : null}
        </p>
      ))}
    </div>
  );
}

function expectIntact(html: string) {
  expect(html.includes("\u0000"), "NUL in the HTML").toBe(false);
  expect(html.includes("\uFFFD"), "U+FFFD in the HTML").toBe(false);
  expect([...html.matchAll(/<span>([^<]*)<\/span>/g)].map((m) => m[1])).toEqual(texts);
  expect([...html.matchAll(/alt="([^"]*)"/g)].map((m) => m[1])).toEqual(alts);
}

describe("streamed HTML keeps every multi-byte character whole", () => {
  it.each([false, true])(
    "through streamHtml (the entry's renderer), whole document first: %s",
    async (wholeDocumentFirst) => {
      const response = await streamHtml(<Tree />, {
        status: 200,
        headers: new Headers(),
        nonce: "n",
        wholeDocumentFirst,
      });
      expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.includes(0), "a zero byte in the body").toBe(false);
      expectIntact(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    },
  );

  // Vitest runs React's development build; the server runs the minified production one.
  it("in react-dom's production server build too", async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("react-dom/package.json"));
    const server = require(
      path.join(dir, "cjs/react-dom-server.node.production.min.js"),
    ) as typeof import("react-dom/server");
    const html = await new Promise<string>((resolve, reject) => {
      const { pipe } = server.renderToPipeableStream((<Tree />) as ReactNode, {
        onAllReady() {
          const body = new PassThrough();
          pipe(body);
          text(body).then(resolve, reject);
        },
        onShellError: reject,
      });
    });
    expectIntact(html);
  });
});
