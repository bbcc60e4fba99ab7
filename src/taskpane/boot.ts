// The boot script is its own small entry, run before anything else: it takes the two modules it
// needs directly, so its size never depends on tree shaking the pane's string tables out of it.
/* eslint-disable no-restricted-imports */
import { bootStrings, type BootStrings } from "./strings/boot-strings";
import { browserStorage, LanguageChoice } from "./strings/language-choice";
/* eslint-enable no-restricted-imports */

/**
 * Runs before office.js is needed: says "Loading…" in one language, then, when office.js never
 * arrived (blocked, offline) or Office never answered, says so with what to check, instead of a
 * blank pane. The pane removes #boot once Office is ready.
 */
const OFFICE_WAIT_MS = 20_000;

const boot = document.getElementById("boot");
const headline = document.getElementById("boot-headline");
let strings: BootStrings | null = null;

/**
 * The reader's language, remembered in the browser's storage. Read when first needed, not as the
 * page starts: a cold start's first storage access costs milliseconds that the functions' start
 * would wait for, and the page already says Loading… in both languages.
 */
function bootText(): BootStrings {
  strings ??= bootStrings[new LanguageChoice(browserStorage(), navigator.language).language];
  return strings;
}

if (boot && headline) {
  // After the add-in's other scripts have run (they come next, in order).
  setTimeout(() => {
    if (!boot.isConnected || boot.dataset.state === "failed") return;
    headline.textContent = bootText().loading;
    document.documentElement.lang = bootText().htmlLang;
  }, 0);
  window.addEventListener("load", () => {
    if (typeof Office === "undefined") officeDidNotLoad();
  });
  setTimeout(officeDidNotLoad, OFFICE_WAIT_MS);
}

function officeDidNotLoad(): void {
  const checks = document.getElementById("boot-checks");
  // The pane is up: Office answered after all.
  if (!boot?.isConnected || !headline || !checks) return;
  const text = bootText();
  document.documentElement.lang = text.htmlLang;
  boot.removeAttribute("aria-busy");
  boot.dataset.state = "failed";
  headline.textContent = text.officeDidNotLoad;
  checks.replaceChildren(
    ...text.officeChecks.map((check) => {
      const item = document.createElement("li");
      item.textContent = check;
      return item;
    }),
  );
  checks.hidden = false;
}
