// Buttons in four weights; `busy` shows a spinner and blocks a second click while an action runs.
import { LoaderCircle, type LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';

export function Button(
  props: ButtonHTMLAttributes<HTMLButtonElement> & {
    readonly variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
    readonly icon?: LucideIcon;
    readonly busy?: boolean;
    readonly children: ReactNode;
  },
) {
  const { variant = 'secondary', icon: Icon, busy = false, children, className, disabled, type = 'button', ...rest } = props;
  return (
    <button {...rest} type={type} className={`button button-${variant}${className ? ` ${className}` : ''}`} disabled={disabled || busy} aria-busy={busy || undefined}>
      {busy ? <LoaderCircle className="spin" size={16} aria-hidden /> : Icon ? <Icon size={16} aria-hidden /> : null}
      <span>{children}</span>
    </button>
  );
}
