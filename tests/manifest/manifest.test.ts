import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { docsTable } from "../support/docs-table";
import { Manifest } from "../support/manifest";

const manifest = Manifest.read("manifest.xml");
const DEV_BASE = "https://localhost:3000/";

describe("manifest.xml", () => {
  test("is an Excel task-pane add-in that can write to the workbook", () => {
    const root = manifest.doc.documentElement!;
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(
      manifest.elements("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type")),
    ).toEqual(["Workbook", "Workbook"]);
    expect(manifest.elements("Permissions")[0].textContent).toBe("ReadWriteDocument");
  });

  test("asks Office for exactly the requirement sets docs/requirements.md gives, and no ExcelApi", () => {
    const root = manifest.doc.documentElement!;
    const requirements = manifest.elements("Requirements").filter((r) => r.parentNode === root);
    expect(requirements).toHaveLength(1);
    const declared = Array.from(requirements[0].getElementsByTagNameNS("*", "Set")).map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`,
    );
    const documented = docsTable("docs/requirements.md", "Declared in the manifest").map(
      ([name, version]) => `${name} ${version}`,
    );
    expect(declared.sort()).toEqual(documented.sort());
    expect(declared).toEqual(
      expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.2"]),
    );
    // The pane's Excel actions check their ExcelApi version at run time instead.
    expect(declared.filter((set) => set.startsWith("ExcelApi"))).toEqual([]);
  });

  test("has no Requirements inside VersionOverrides, where an unmet set would drop the ribbon and the functions", () => {
    expect(manifest.elements("Requirements")).toHaveLength(1);
  });

  test("every resid resolves to a resource, and every resource is used", () => {
    const resources = manifest.resources();
    const used = manifest.resids();
    for (const { resid, element } of used) {
      expect({ resid, element, declared: resources.has(resid) }).toEqual({
        resid,
        element,
        declared: true,
      });
    }
    const usedIds = new Set(used.map((u) => u.resid));
    expect([...resources.keys()].filter((id) => !usedIds.has(id))).toEqual([]);
  });

  test("one runtime page serves the pane, the functions and the ribbon (a mismatch loses the shared runtime)", () => {
    const runtime = manifest.elements("Runtime");
    expect(runtime).toHaveLength(1);
    expect(runtime[0].getAttribute("lifetime")).toBe("long");
    const pageIds = [
      runtime[0].getAttribute("resid"),
      manifest
        .elements("Page")[0]
        .getElementsByTagNameNS("*", "SourceLocation")[0]
        .getAttribute("resid"),
      manifest.elements("FunctionFile")[0].getAttribute("resid"),
      ...manifest
        .elements("Action")
        .filter((a) => a.getAttribute("xsi:type") === "ShowTaskpane")
        .map((a) => a.getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("resid")),
    ];
    expect(new Set(pageIds)).toEqual(new Set(["Taskpane.Url"]));
    const defaultPage = manifest
      .elements("DefaultSettings")[0]
      .getElementsByTagNameNS("*", "SourceLocation")[0];
    expect(defaultPage.getAttribute("DefaultValue")).toBe(manifest.resources().get("Taskpane.Url"));
  });

  test("the custom functions live in the ZIBO namespace", () => {
    const resid = manifest.elements("Namespace")[0].getAttribute("resid")!;
    expect(manifest.resources().get(resid)).toBe("ZIBO");
  });

  test("has a Home-tab ribbon button that opens the pane", () => {
    const tab = manifest.elements("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const actions = Array.from(tab.getElementsByTagNameNS("*", "Action")).map((a) =>
      a.getAttribute("xsi:type"),
    );
    expect(actions).toContain("ShowTaskpane");
  });

  test("every URL is https and on the one development base, and names a file the build emits", () => {
    for (const url of manifest.urls()) {
      expect(url.startsWith(DEV_BASE)).toBe(true);
      const file = new URL(url).pathname.slice(1);
      expect({ url, built: existsSync(`dist/${file}`) }).toEqual({ url, built: true });
    }
  });

  test("lists no AppDomains: the pane never navigates away (feeds are fetched, sources open in the browser)", () => {
    expect(manifest.elements("AppDomain").map((d) => d.textContent)).toEqual([]);
  });

  test("office-addin-manifest reads it", () => {
    const info = execFileSync("npx", ["office-addin-manifest", "info", "manifest.xml"], {
      encoding: "utf8",
    });
    expect(info).toContain("Name: Zibo New Three");
    expect(info).toContain("Hosts: Workbook");
  });
});
