import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenOnLoopback, type Listening } from "./listen";
import { readBody, safeFileName } from "./request-body";

let server: Listening;
const LIMITS = { formBytes: 1000, multipartBytes: 5000, partBytes: 2000 };

beforeAll(async () => {
  const app = express();
  // Echoes what a route would get: the fields, and each file's name and size.
  app.post("*", async (req, res) => {
    const body = await readBody(req, LIMITS);
    if (!body.ok) return void res.status(body.status).send(body.message);
    const form = typeof body.body === "string" ? new URLSearchParams(body.body) : body.body;
    res.json(
      [...form].map(([name, value]) => [
        name,
        typeof value === "string" ? value : { file: value.name, size: value.size },
      ]),
    );
  });
  server = await listenOnLoopback(app);
});
afterAll(() => server.close());

const post = (body: BodyInit | undefined, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/x`, { method: "POST", body, headers });

function multipart(parts: string[], boundary = "XX") {
  return {
    body: `${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("")}--${boundary}--\r\n`,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

describe("the one request body parser", () => {
  it("strips NUL and other control characters from form fields, keeping tabs and line breaks", async () => {
    const response = await post("name=a%00b%07c&text=line1%0D%0Aline2%09x&na%00me=v", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(await response.json()).toEqual([
      ["name", "abc"],
      ["text", "line1\r\nline2\tx"],
      ["name", "v"],
    ]);
  });

  it("reads a body without a type only when it is empty (a bare post)", async () => {
    expect(await (await post(undefined)).json()).toEqual([]);
    expect((await post("a=1", { "content-type": "" })).status).toBe(415);
  });

  it.each(["application/json", "text/plain", "application/xml", "text/xml; charset=utf-8", "application/octet-stream"])(
    "answers %s with 415",
    async (type) => {
      expect((await post('{"a":1}', { "content-type": type })).status).toBe(415);
    },
  );

  it("refuses a multipart body without a boundary (400) and one it cannot read (400)", async () => {
    expect((await post("xx", { "content-type": "multipart/form-data" })).status).toBe(400);
    const broken = multipart(['Content-Disposition: form-data; name="photos"; filename="a"b".jpg"\r\n\r\nDATA']);
    expect((await post(broken.body, broken.headers)).status).toBe(400);
    expect((await post("--XX\r\nnonsense", { "content-type": "multipart/form-data; boundary=XX" })).status).toBe(400);
  });

  it("reads file names as browsers send them (a;b.jpg) and passes them on in a safe form", async () => {
    const form = multipart([
      'Content-Disposition: form-data; name="photos"; filename="a;b.jpg"\r\nContent-Type: image/jpeg\r\n\r\nJPEG',
      'Content-Disposition: form-data; name="alt"\r\n\r\nBlue\u0000 bowl',
    ]);
    expect(await (await post(form.body, form.headers)).json()).toEqual([
      ["photos", { file: "a_b.jpg", size: 4 }],
      ["alt", "Blue bowl"],
    ]);
    expect(safeFileName('do\'ppi "new";\\x\u0001.jpg')).toBe("do'ppi _new___x.jpg");
    expect(safeFileName("дўппи.jpg")).toBe("дўппи.jpg");
  });

  it("answers 413 when a form, a part or a whole multipart body is too large", async () => {
    expect((await post(`a=${"x".repeat(2000)}`, { "content-type": "application/x-www-form-urlencoded" })).status).toBe(
      413,
    );
    const bigPart = multipart([
      `Content-Disposition: form-data; name="f"; filename="a.jpg"\r\n\r\n${"x".repeat(3000)}`,
    ]);
    expect((await post(bigPart.body, bigPart.headers)).status).toBe(413);
    const bigBody = multipart(
      Array.from(
        { length: 4 },
        (_, i) => `Content-Disposition: form-data; name="f${i}"; filename="a.jpg"\r\n\r\n${"x".repeat(1500)}`,
      ),
    );
    expect((await post(bigBody.body, bigBody.headers)).status).toBe(413);
  });
});
