// One step's layout: a scrolling area (the step heading and its content) and a footer with the step's
// actions that never scrolls away. The footer sits outside the scroll area so the buttons are always
// fully inside the dialog, whatever the content's height (in the demo's wallet page at
// 1280x720 the preview's buttons were clipped at the bottom of the scroll area and a pointer click on
// "send" landed on the dialog edge). A form frame keeps Enter-to-submit with the submit button in the footer.
import type { ComponentChildren } from 'preact';

export interface FrameProps {
  heading: ComponentChildren;
  actions?: ComponentChildren;
  /** A live status under the actions (e.g. "copied"): kept in the footer, next to the button that caused it. */
  status?: ComponentChildren;
  onSubmit?: (event: SubmitEvent) => void;
  children?: ComponentChildren;
}

export function Frame({ heading, actions, status, onSubmit, children }: FrameProps) {
  const inner = (
    <>
      <div class="scroll">
        {heading}
        {children}
      </div>
      {status === undefined ? (
        actions && <div class="foot actions">{actions}</div>
      ) : (
        <div class="foot">
          {actions && <div class="actions">{actions}</div>}
          {status}
        </div>
      )}
    </>
  );
  return onSubmit ? (
    <form class="frame" onSubmit={onSubmit}>
      {inner}
    </form>
  ) : (
    <div class="frame">{inner}</div>
  );
}
