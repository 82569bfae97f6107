// Stands in for navigator.serviceWorker in jsdom: a test makes a new worker take control.
export class FakeServiceWorkerContainer extends EventTarget {
  controller: object | null;

  constructor(controlled: boolean) {
    super();
    this.controller = controlled ? {} : null;
  }

  /** A (new) worker takes control of the page. */
  takeControl(): void {
    this.controller = {};
    this.dispatchEvent(new Event('controllerchange'));
  }
}
