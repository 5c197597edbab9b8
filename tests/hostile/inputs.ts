// What an attacker (or a broken client) sends instead of a value. The markers let the suite see a
// payload reflected into HTML without escaping.

export const XSS_MARKERS = ['<script>alert("hm-xss")</script>', '"><svg onload=alert("hm-xss")>', "'><img src=x onerror=alert('hm-xss')>"];

export const HOSTILE_VALUES: string[] = [
  "",
  " ",
  "a".repeat(10_000),
  "ж".repeat(3_000),
  "a\u0000b",
  "\u0000",
  "\u0001\u0007\u001b[31m",
  "a\r\nSet-Cookie: x=1",
  "\u202Eevil\u202C",
  "\u200F\u200E\u200B",
  "🧵🪡👩🏽‍🦯",
  "\uFEFF",
  "' OR 1=1 --",
  '"; DROP TABLE "User"; --',
  "1; SELECT pg_sleep(5)",
  ...XSS_MARKERS,
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "-Infinity",
  "99999999999999999999999",
  "-99999999999999999999999",
  "1.5",
  "0x10",
  "null",
  "undefined",
  "true",
  "[object Object]",
  "__proto__",
  "constructor",
  "../../../../etc/passwd",
  "//evil.example",
  "/\t/evil.example",
  "javascript:alert(1)",
  "%00",
  "%",
  "%zz",
  "doʻppi",
  "дўппи",
  "{}",
  "[]",
  '{"$gt":""}',
];

/** Raw URL pieces that a string cannot carry: invalid UTF-8 and encoded controls. */
export const HOSTILE_URL_PIECES = ["%FF", "%C3%28", "%ED%A0%80", "%00", "a%00b", "%0d%0a", "%E2%80%AE", "%25", "%2e%2e%2f", "x".repeat(2_000)];

/** Query parameter names the app reads somewhere, tried on every page. */
export const COMMON_QUERY = ["q", "category", "region", "after", "sort", "minPrice", "maxPrice", "badge", "inStock", "redirectTo", "returnTo", "lang", "district", "day", "regionId", "districtId", "signedOut", "placed", "done", "page", "cart", "favourite", "submitted", "bytes"];

/** Form field names the app reads somewhere, tried on every action. */
export const COMMON_FIELDS = ["intent", "redirectTo", "returnTo", "listingId", "quantity", "id", "lang", "remove", "paymentId", "artisanId", "pickupId", "subOrderId", "districtId", "direction", "reason", "note", "everywhere", "identifier", "password", "code", "email"];

/** Bodies of the wrong kind, each with its Content-Type (undefined: none sent). */
export const WRONG_BODIES: Array<{ name: string; type: string | undefined; body: string }> = [
  { name: "JSON", type: "application/json", body: '{"intent":"accept","x":[1,2]}' },
  { name: "text/plain", type: "text/plain", body: "intent=accept" },
  { name: "XML", type: "application/xml", body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' },
  { name: "no type", type: undefined, body: "intent=accept" },
  { name: "multipart without boundary", type: "multipart/form-data", body: '--X\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--X--\r\n' },
  { name: "multipart with a wrong boundary", type: "multipart/form-data; boundary=Y", body: '--X\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--X--\r\n' },
  { name: "broken multipart", type: "multipart/form-data; boundary=X", body: '--X\r\nContent-Disposition: form-data; name="a"; filename="a"b;c.jpg"\r\n\r\nb' },
  { name: "multipart file named a;b.jpg", type: "multipart/form-data; boundary=X", body: '--X\r\nContent-Disposition: form-data; name="photos"; filename="a;b.jpg"\r\nContent-Type: image/jpeg\r\n\r\nnot a photo\r\n--X--\r\n' },
  { name: "urlencoded with invalid UTF-8", type: "application/x-www-form-urlencoded", body: "intent=%FF%FE&x=%C3%28&y=%ED%A0%80" },
];
