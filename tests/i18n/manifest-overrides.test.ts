import { existsSync } from "node:fs";
import type { Element } from "@xmldom/xmldom";
import { Manifest } from "../support/manifest";

const source = Manifest.read("manifest.xml");
const HAN = /\p{Script=Han}/u;

/** The locales a manifest element overrides, with their values. */
function overrides(element: Element): { locale: string; value: string }[] {
  return Array.from(element.childNodes)
    .filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === "Override")
    .map((o) => ({ locale: o.getAttribute("Locale")!, value: o.getAttribute("Value")! }));
}

function byId(manifest: Manifest, kind: "String" | "Url", id: string): Element {
  const found = manifest.elements(kind).find((e) => e.getAttribute("id") === id);
  if (!found) throw new Error(`no bt:${kind} ${id}`);
  return found;
}

describe("the manifest in Chinese", () => {
  test("the display name, the description and every label and tooltip have one zh-CN override in Chinese", () => {
    const texts = [
      ...source.elements("DisplayName"),
      ...source.elements("Description").filter((e) => e.hasAttribute("DefaultValue")),
      ...source.elements("String").filter((e) => e.getAttribute("id") !== "Functions.Namespace"),
    ];
    expect(texts.length).toBeGreaterThan(4);
    for (const element of texts) {
      const name = element.getAttribute("id") ?? element.localName;
      const found = overrides(element);
      expect({ name, locales: found.map((o) => o.locale) }).toEqual({ name, locales: ["zh-CN"] });
      expect({ name, chinese: HAN.test(found[0].value) }).toEqual({ name, chinese: true });
    }
  });

  test("the namespace is not translated, so formulas read the same in every language", () => {
    expect(overrides(byId(source, "String", "Functions.Namespace"))).toEqual([]);
  });

  test("the functions' metadata has one zh-cn override naming the Chinese file the build emits", () => {
    const url = byId(source, "Url", "Functions.Metadata.Url");
    const found = overrides(url);
    expect(found.map((o) => o.locale)).toEqual(["zh-cn"]);
    const english = url.getAttribute("DefaultValue")!;
    expect(found[0].value).toBe(english.replace(/functions\.json$/, "functions.zh-cn.json"));
    expect(existsSync(`dist/${new URL(found[0].value).pathname.slice(1)}`)).toBe(true);
  });

  test("the built manifest keeps every override, its URLs on the same base as their defaults", () => {
    const built = Manifest.read("dist/manifest.xml");
    const count = (m: Manifest) => m.elements("Override").length;
    expect(count(built)).toBe(count(source));
    const url = byId(built, "Url", "Functions.Metadata.Url");
    const base = (u: string) => u.slice(0, u.lastIndexOf("/") + 1);
    expect(base(overrides(url)[0].value)).toBe(base(url.getAttribute("DefaultValue")!));
  });
});
