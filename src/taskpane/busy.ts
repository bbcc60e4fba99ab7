import type { Message } from "./ui/status-line";

/**
 * Keeps the pane busy (its controls disabled, the progress shown when given) until the work ends;
 * focus then goes back where it was, or to `focusAfter`.
 */
export type Busy = (
  progress: Message | null,
  work: () => Promise<void>,
  focusAfter?: HTMLElement,
) => Promise<void>;

/**
 * The pane's busy state, counted: work started inside other work (a feed address saved, then the
 * refresh it asks for) keeps the pane busy until the outermost work ends. The controls are
 * disabled at the first start and enabled again at zero.
 */
export class BusyCounter {
  private depth = 0;

  constructor(
    private readonly onStart: () => void,
    private readonly onEnd: () => void,
  ) {}

  get busy(): boolean {
    return this.depth > 0;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.depth++ === 0) this.onStart();
    try {
      return await work();
    } finally {
      if (--this.depth === 0) this.onEnd();
    }
  }
}
