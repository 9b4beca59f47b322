// A free-text field that masks what the user typed. Masking runs when typing pauses (and on blur), not
// on every keystroke: a card number typed digit by digit would otherwise be cut into "long numbers" and
// never recognised (and the user would fight the caret). The raw text lives only in the field itself
// until then; state keeps the masked text only.
import { Component, createRef } from 'preact';

interface Props {
  id: string;
  multiline?: boolean;
  value: string;
  maxLength?: number;
  describedBy?: string;
  /** Receives the raw text, stores the masked version, returns it. */
  commit(text: string): string;
  /** Sees each keystroke's raw text, for values too short to need masking (a 4-character tail). */
  typing?(text: string): void;
}

const PAUSE_MS = 600;

export class MaskedText extends Component<Props> {
  private field = createRef<HTMLInputElement & HTMLTextAreaElement>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  override componentDidMount() {
    if (this.field.current) this.field.current.value = this.props.value;
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  // The field is uncontrolled: Preact never writes the raw text back, only this method does (masked).
  override shouldComponentUpdate(next: Props) {
    return next.id !== this.props.id;
  }

  private apply = () => {
    clearTimeout(this.timer);
    const el = this.field.current;
    if (!el) return;
    const masked = this.props.commit(el.value);
    if (masked !== el.value) {
      el.value = masked;
      el.setSelectionRange(masked.length, masked.length);
    }
  };

  private onInput = () => {
    clearTimeout(this.timer);
    if (this.props.typing && this.field.current) this.props.typing(this.field.current.value);
    this.timer = setTimeout(this.apply, PAUSE_MS);
  };

  render() {
    const { id, multiline, maxLength, describedBy } = this.props;
    const common = {
      id,
      ref: this.field,
      maxLength,
      autoComplete: 'off',
      'aria-describedby': describedBy,
      onInput: this.onInput,
      onBlur: this.apply,
    };
    return multiline ? <textarea {...common} /> : <input {...common} />;
  }
}
