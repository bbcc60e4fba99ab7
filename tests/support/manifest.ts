import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { readFileSync } from "node:fs";

/** The manifest as a DOM, with helpers for the questions the tests ask of it. */
export class Manifest {
  readonly doc: Document;

  constructor(readonly xml: string) {
    this.doc = new DOMParser().parseFromString(xml, "text/xml");
  }

  static read(path: string): Manifest {
    return new Manifest(readFileSync(path, "utf8"));
  }

  elements(localName: string): Element[] {
    return Array.from(this.doc.getElementsByTagNameNS("*", localName));
  }

  /** Every resource id declared under <Resources>, with its default value. */
  resources(): Map<string, string> {
    const ids = new Map<string, string>();
    for (const name of ["Image", "Url", "String"]) {
      for (const el of this.elements(name).filter((e) => e.hasAttribute("id"))) {
        ids.set(el.getAttribute("id")!, el.getAttribute("DefaultValue")!);
      }
    }
    return ids;
  }

  /** Every resid used anywhere, with the element that uses it. */
  resids(): { resid: string; element: string }[] {
    return Array.from(this.doc.getElementsByTagName("*"))
      .filter((e) => e.hasAttribute("resid"))
      .map((e) => ({ resid: e.getAttribute("resid")!, element: e.localName! }));
  }

  /** Every URL in the manifest: DefaultValue/Value attributes that look like URLs. */
  urls(): string[] {
    return Array.from(this.doc.getElementsByTagName("*"))
      .flatMap((e) => [e.getAttribute("DefaultValue"), e.getAttribute("Value")])
      .filter((v): v is string => !!v && /^[a-z]+:\/\//i.test(v));
  }
}
