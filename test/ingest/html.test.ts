import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/core/ingest/html.js";
import { PRESS_ARTICLE_HTML } from "./fixtures/pressArticle.js";

describe("extractHtml on a saved article page", () => {
  it("keeps headline, standfirst, paragraphs, quotations and list items as blocks", async () => {
    const { text, title } = await extractHtml("story.html", PRESS_ARTICLE_HTML);
    const blocks = text.split("\n\n");
    expect(title).toBe("Inspectors praise Northbridge care leavers service");
    expect(blocks[0]).toBe(title);
    expect(blocks[1]).toMatch(/^Care Inspectorate Wales says support/);
    expect(blocks).toContain(
      'The report said: "Young people said that they trust their advisers and that they can rely on them when things go wrong."',
    );
    // a block quotation without marks gets them, so the quoted words stay a quotation
    expect(blocks).toContain(
      "“The council needs to improve the quality of written plans for children in need of care and support.”",
    );
    expect(blocks).toContain("- Caseloads are manageable in most teams.");
    expect(blocks).toContain("Council response");
  });

  it("drops cookie banner, menu, share buttons, related stories, comments, newsletter and footer", async () => {
    const { text } = await extractHtml("story.html", PRESS_ARTICLE_HTML);
    for (const furniture of [
      "cookies",
      "Sport",
      "Share on",
      "Related stories",
      "Council tax",
      "Great news",
      "newsletter",
      "All rights reserved",
      "dataLayer",
      "display:flex",
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("puts blocks of a minified page apart instead of gluing them together", async () => {
    const html =
      "<html><head><title>x</title></head><body><article><h1>Prison inspection</h1><p>HMIP found the jail was unsafe.</p><p>Inspectors said staff were too few.</p></article></body></html>";
    const { text } = await extractHtml("min.html", html);
    expect(text).toBe(
      "Prison inspection\n\nHMIP found the jail was unsafe.\n\nInspectors said staff were too few.",
    );
  });

  it("refuses a page without any article text", async () => {
    await expect(
      extractHtml("blank.html", "<html><body><nav>Home</nav><script>x()</script></body></html>"),
    ).rejects.toThrow(/cannot read blank\.html: an HTML page without article text/);
  });
});
