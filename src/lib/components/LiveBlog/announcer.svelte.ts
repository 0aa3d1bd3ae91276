// The polite announcement of posts held behind the "N new updates" button. A live page that
// speaks on every arrival drowns the article it interrupts; one that never speaks leaves a
// screen reader user unaware. So: the count, said at most once per `interval`, never while the
// reader is typing (their words would be interrupted) or the page is hidden (nobody would hear
// it): what was held back is said once that ends. The message is the text of a role="status"
// region that is in the page from the start, so assistive technology is listening already.

/** At most one announcement per this many milliseconds. */
export const announceInterval = 30_000;

/** Whether the reader is typing: focus is in a field that takes text. */
function typing(): boolean {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return true;
  if (active instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color'].includes(
      active.type,
    );
  }
  return active instanceof HTMLElement && active.isContentEditable;
}

export class Announcer {
  /** What the status region says now. */
  message = $state('');
  #words: (count: number) => string;
  #count = 0;
  #said = 0;
  #saidAt = -Infinity;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #retry = () => this.#try();
  // After focus has moved on: during focusout the field still looks focused.
  #afterFocusMoves = () => setTimeout(this.#retry);

  /** `words` says the count in the page's language: "3 new updates". */
  constructor(words: (count: number) => string) {
    this.#words = words;
    document.addEventListener('visibilitychange', this.#retry);
    document.addEventListener('focusout', this.#afterFocusMoves);
  }

  /** The number of posts held back changed; 0 once the reader has shown them. */
  set count(count: number) {
    this.#count = count;
    if (count === 0) {
      clearTimeout(this.#timer);
      this.#said = 0;
      this.message = '';
    } else this.#try();
  }

  #try() {
    const count = this.#count;
    if (count === 0 || count === this.#said) return;
    // Typing or hidden: the focusout or visibilitychange listener tries again.
    if (document.hidden || typing()) return;
    const wait = this.#saidAt + announceInterval - Date.now();
    clearTimeout(this.#timer);
    if (wait > 0) {
      this.#timer = setTimeout(this.#retry, wait);
      return;
    }
    this.message = this.#words(count);
    this.#said = count;
    this.#saidAt = Date.now();
  }

  destroy() {
    clearTimeout(this.#timer);
    document.removeEventListener('visibilitychange', this.#retry);
    document.removeEventListener('focusout', this.#afterFocusMoves);
  }
}
