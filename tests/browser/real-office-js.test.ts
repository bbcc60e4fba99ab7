/**
 * The built page under Microsoft's real office.js (the `@microsoft/office-js` package, served
 * where the page's CDN address points): outside Office, and in each host mode Office opens it in.
 * No host answers here, so in a host mode office.js never calls back; the pane must still end in a
 * clear state, with nothing refused by its Content-Security-Policy and no uncaught error.
 */
import { paneStrings } from "../../src/taskpane/strings";
import { openWithRealOffice, type RealOfficePage } from "./support/real-office";
import { serveAddIn } from "./support/served-add-in";

const addIn = serveAddIn();
let opened: RealOfficePage | undefined;

afterEach(async () => {
  await opened?.page.close();
  opened = undefined;
});

const en = paneStrings("en");
const zh = paneStrings("zh");

/** What a clean load shows: nothing refused, nothing thrown, the pane in a state it names. */
async function expectCleanLoad(page: RealOfficePage, status: string, datasetLine: RegExp) {
  await page.page.getByRole("status").filter({ hasText: status }).waitFor();
  await expect(page.page.locator("#dataset-info").innerText()).resolves.toMatch(datasetLine);
  expect(await page.violations()).toEqual([]);
  expect(page.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  expect(page.uncaught).toEqual([]);
  // Every action waits for Excel; none can be started.
  await expect(page.page.locator("#insert-exports").isDisabled()).resolves.toBe(true);
  expect(page.served).toContain("office.js");
}

test("outside Office: office.js says there is no host, the pane says it works in Excel only", async () => {
  opened = await openWithRealOffice(addIn.browser, addIn.server, "");
  await expectCleanLoad(opened, en.statusNotExcel, /^Dataset .* · as of /);
});

// The host information Office adds to the page's address. Excel on the web also passes the
// conversation with its frame in the fragment; without it office.js itself throws.
test.each([
  ["Excel on Windows", "?_host_Info=Excel$Win32$16.01$en-US$$$$0", "excel-win32-16.01.js"],
  ["Excel on Mac", "?_host_Info=Excel$Mac$16.01$en-US$$$$0", "excel-mac-16.00.js"],
  [
    "Excel on the web",
    "?_host_Info=Excel$Web$16.01$en-US$$$$0#&_xdm_Info=zibo-test$0$https%3A%2F%2Fexcel.officeapps.live.com",
    "excel-web-16.00.js",
  ],
])(
  "%s, with no Excel answering: the pane says Excel has not connected",
  async (_, query, hostScript) => {
    opened = await openWithRealOffice(addIn.browser, addIn.server, query);
    await expectCleanLoad(opened, en.statusOfficeSilent, /^Dataset .* · as of /);
    expect(opened.served).toEqual(expect.arrayContaining([hostScript, "en-us/office_strings.js"]));
  },
);

test("Excel on Windows in Chinese, with no Excel answering: the pane says so in Chinese", async () => {
  opened = await openWithRealOffice(
    addIn.browser,
    addIn.server,
    "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0",
    {
      locale: "zh-CN",
    },
  );
  await expectCleanLoad(opened, zh.statusOfficeSilent, /^数据集/);
  expect(opened.served).toContain("zh-cn/office_strings.js");
});
