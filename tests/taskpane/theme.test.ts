import { themeOf, type ThemeIds } from "../../src/taskpane/ui/theme";

/** Office.ThemeId as office.js defines it; compared by identity, whatever its values. */
const IDS: ThemeIds = { Black: 0, Colorful: 1, DarkGray: 2, White: 3 };

describe("the pane's theme from what Office reports", () => {
  test.each([
    [3, { scheme: "light", name: "white" }],
    [1, { scheme: "light", name: "colorful" }],
    [2, { scheme: "dark", name: "dark-gray" }],
    [0, { scheme: "dark", name: "black" }],
  ])("themeId %p is %p", (themeId, expected) => {
    expect(themeOf({ themeId, bodyBackgroundColor: "#ffffff" }, IDS)).toEqual(expected);
  });

  // Office 2016 Dark Gray reported #666666: dark enough that white text reads better on it.
  test("a host without themeId: its dark flag, else its body colour's lightness", () => {
    expect(themeOf({ isDarkTheme: true }, IDS)).toEqual({ scheme: "dark", name: null });
    expect(themeOf({ bodyBackgroundColor: "#262626" }, IDS)).toEqual({
      scheme: "dark",
      name: null,
    });
    expect(themeOf({ bodyBackgroundColor: "#666666" }, IDS)).toEqual({
      scheme: "dark",
      name: null,
    });
    expect(themeOf({ bodyBackgroundColor: "#F3F2F1" }, IDS)).toEqual({
      scheme: "light",
      name: null,
    });
  });

  test("no theme, or colours that are not colours: none, so the system's scheme stays", () => {
    expect(themeOf(undefined, IDS)).toBeNull();
    expect(themeOf({}, IDS)).toBeNull();
    expect(themeOf({ bodyBackgroundColor: "red" }, IDS)).toBeNull();
    // An id this host does not define is not taken for one it does.
    expect(themeOf({ themeId: undefined }, {})).toBeNull();
  });
});
