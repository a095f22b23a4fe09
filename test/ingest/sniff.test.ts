import { describe, expect, it } from "vitest";
import { claimedFormat, isHtml, isPdf } from "../../src/core/ingest/sniff.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("isPdf", () => {
  it("finds the %PDF- signature at the start or after a little junk", () => {
    expect(isPdf(bytes("%PDF-1.7\n%…"))).toBe(true);
    expect(isPdf(bytes(`${" ".repeat(20)}%PDF-1.4`))).toBe(true);
    expect(isPdf(bytes("<html>%PDF-"))).toBe(true); // within the first kilobyte, as readers allow
  });
  it("does not take text that talks about PDFs for one", () => {
    expect(isPdf(bytes("Download the PDF version of the report"))).toBe(false);
    expect(isPdf(bytes(`${"x".repeat(2000)}%PDF-1.4`))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
  });
});

describe("isHtml", () => {
  it("recognises pages by their opening, after comments and an XML declaration", () => {
    expect(isHtml("<!DOCTYPE html><html><body>x</body></html>")).toBe(true);
    expect(isHtml("\n  <html lang=cy>")).toBe(true);
    expect(isHtml('<?xml version="1.0"?>\n<!-- saved page -->\n<html>')).toBe(true);
    expect(isHtml("\ufeff<head><title>Story</title>")).toBe(true);
  });
  it("does not take text that mentions a tag for a page", () => {
    expect(isHtml("The council's site uses <html> tags badly.")).toBe(false);
    expect(isHtml("# Heading\n\n<b>bold</b> in Markdown")).toBe(false);
  });
});

describe("claimedFormat", () => {
  it("reads the media type first, then the extension (ignoring a query string)", () => {
    expect(claimedFormat("x", "application/pdf")).toBe("pdf");
    expect(claimedFormat("report.pdf", "text/html; charset=utf-8")).toBe("html");
    expect(claimedFormat("https://example.org/letter.PDF?download=1")).toBe("pdf");
    expect(claimedFormat("story.htm")).toBe("html");
    expect(claimedFormat("notes.txt")).toBeUndefined();
  });
});
