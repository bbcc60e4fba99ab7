/** A macrotask boundary: pending timers and host callbacks (custom function calls) run first. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
