/**
 * The pane in Office's theme. Excel's White and Colorful are Fluent's light theme, Dark Gray and
 * Black its dark one (Black on darker surfaces): `<html data-theme data-office-theme>` picks the
 * tokens in taskpane.css. Without an Office theme (a browser, an older host) the page follows the
 * system through `prefers-color-scheme`; forced colours override both.
 */
export type Scheme = "light" | "dark";
export type OfficeThemeName = "white" | "colorful" | "dark-gray" | "black";

export interface PaneTheme {
  scheme: Scheme;
  /** Null when the host gives colours but not which theme they are. */
  name: OfficeThemeName | null;
}

/** What Office reports, as far as this host reports it (every field is missing somewhere). */
export interface OfficeThemeReport {
  themeId?: unknown;
  isDarkTheme?: unknown;
  bodyBackgroundColor?: unknown;
}

/** Office.ThemeId, whose values differ between hosts: compared by identity, never assumed. */
export type ThemeIds = Partial<Record<"White" | "Colorful" | "DarkGray" | "Black", unknown>>;

const NAMES: [keyof ThemeIds, OfficeThemeName, Scheme][] = [
  ["White", "white", "light"],
  ["Colorful", "colorful", "light"],
  ["DarkGray", "dark-gray", "dark"],
  ["Black", "black", "dark"],
];

/** The theme from Office's report: its id, else its dark flag, else its body colour's lightness. */
export function themeOf(
  report: OfficeThemeReport | undefined,
  ids: ThemeIds = {},
): PaneTheme | null {
  if (!report) return null;
  const named = NAMES.find(([id]) => ids[id] !== undefined && ids[id] === report.themeId);
  if (named) return { scheme: named[2], name: named[1] };
  if (typeof report.isDarkTheme === "boolean") {
    return { scheme: report.isDarkTheme ? "dark" : "light", name: null };
  }
  const lightness = relativeLuminance(report.bodyBackgroundColor);
  return lightness === null ? null : { scheme: lightness < 0.2 ? "dark" : "light", name: null };
}

/** WCAG's relative luminance of "#rrggbb" (0 black to 1 white); null for anything else. */
function relativeLuminance(color: unknown): number | null {
  const match = typeof color === "string" ? /^#?([0-9a-f]{6})$/i.exec(color.trim()) : null;
  if (!match) return null;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const c = parseInt(match[1]!.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function setPaneTheme(theme: PaneTheme | null, root = document.documentElement): void {
  if (!theme) {
    delete root.dataset.theme;
    delete root.dataset.officeTheme;
    return;
  }
  root.dataset.theme = theme.scheme;
  if (theme.name) root.dataset.officeTheme = theme.name;
  else delete root.dataset.officeTheme;
}

/**
 * A page of the add-in opened from the pane (the help page), in the pane's theme: Office's theme
 * reaches it as `?theme=`, which its own script reads; without one it follows the system.
 */
export function inPaneTheme(href: string, root = document.documentElement): string {
  const scheme = root.dataset.theme;
  if (scheme !== "light" && scheme !== "dark") return href;
  const [path, hash] = href.split("#", 2);
  return `${path}?theme=${scheme}${hash === undefined ? "" : `#${hash}`}`;
}

function readOfficeTheme(): PaneTheme | null {
  try {
    return themeOf(Office.context.officeTheme, Office.ThemeId as unknown as ThemeIds);
  } catch {
    // A host without the theme API: the system's colour scheme stays in charge.
    return null;
  }
}

/**
 * Reads Office's theme now, and again each time the pane is shown: Excel has no theme-change
 * event (Office.EventType.OfficeThemeChanged is Outlook's), and its theme is changed in File >
 * Account, where the pane is out of sight.
 */
export function applyOfficeTheme(): void {
  setPaneTheme(readOfficeTheme());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") setPaneTheme(readOfficeTheme());
  });
}
