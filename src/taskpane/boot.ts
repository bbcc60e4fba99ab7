import { browserStorage, LanguageChoice, paneStrings } from "./strings";

/**
 * Runs before office.js is needed: says "Loading…" in one language, then, when office.js never
 * arrived (blocked, offline) or Office never answered, says so with what to check, instead of a
 * blank pane. The pane removes #boot once Office is ready.
 */
const OFFICE_WAIT_MS = 20_000;

const choice = new LanguageChoice(browserStorage(), navigator.language);
const strings = paneStrings(choice.language);
const boot = document.getElementById("boot");
const headline = document.getElementById("boot-headline");
if (boot && headline) {
  headline.textContent = strings.loading;
  document.documentElement.lang = strings.htmlLang;
  window.addEventListener("load", () => {
    if (typeof Office === "undefined") officeDidNotLoad();
  });
  setTimeout(officeDidNotLoad, OFFICE_WAIT_MS);
}

function officeDidNotLoad(): void {
  const checks = document.getElementById("boot-checks");
  // The pane is up: Office answered after all.
  if (!boot?.isConnected || !headline || !checks) return;
  boot.removeAttribute("aria-busy");
  boot.dataset.state = "failed";
  headline.textContent = strings.officeDidNotLoad;
  checks.replaceChildren(
    ...strings.officeChecks.map((text) => {
      const item = document.createElement("li");
      item.textContent = text;
      return item;
    }),
  );
  checks.hidden = false;
}
