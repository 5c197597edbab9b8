import { describe, expect, it } from "vitest";
import { visibleText } from "./visible-text";

describe("visibleText", () => {
  it("gives text and spoken attributes with their language, without scripts or styles", () => {
    const html = `<html lang="uz-Cyrl"><head><title>Бош</title><style>a{}</style></head><body>
      <p>Салом <b>дунё</b></p><img alt="Кўк &amp; оқ"><script>var x = "Latin";</script>
      <span lang="en">English</span><input placeholder="Қидириш"><!-- note --></body></html>`;
    expect(visibleText(html).map((p) => [p.text, p.lang])).toEqual([
      ["Бош", "uz-Cyrl"],
      ["Салом", "uz-Cyrl"],
      ["дунё", "uz-Cyrl"],
      ["Кўк & оқ", "uz-Cyrl"],
      ["English", "en"],
      ["Қидириш", "uz-Cyrl"],
    ]);
  });
});
