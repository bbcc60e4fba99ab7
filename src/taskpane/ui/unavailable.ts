/**
 * Marks a button (or an option) whose action this Excel cannot run. It stays in the tab order
 * (aria-disabled rather than disabled), so keyboard and screen-reader users still reach it, and it
 * is described by the visible note that says why.
 */
export function markUnavailable(button: HTMLElement, note: HTMLElement): void {
  button.setAttribute("aria-disabled", "true");
  const described = (button.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  if (!described.includes(note.id))
    button.setAttribute("aria-describedby", [...described, note.id].join(" "));
  note.hidden = false;
}
