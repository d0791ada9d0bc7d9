import type { ReactNode } from 'react';
import { Button as AriaButton, Link as AriaLink, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

function classOf(variant: ButtonVariant, extra?: string): string {
  return ['button', variant === 'primary' ? '' : `button--${variant}`, extra ?? ''].filter(Boolean).join(' ');
}

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children'> {
  variant?: ButtonVariant;
  className?: string;
  children: ReactNode;
}

/** A button (react-aria: keyboard, press and focus behaviour); `isPending` announces the wait. */
export function Button({ variant = 'primary', className, children, ...props }: ButtonProps) {
  return (
    <AriaButton {...props} className={classOf(variant, className)}>
      {children}
    </AriaButton>
  );
}

export interface LinkButtonProps {
  href: string;
  variant?: ButtonVariant;
  className?: string;
  children: ReactNode;
  download?: boolean;
  /** Plain HTTP resources (PDF, CSV, ics) are not console routes: the browser opens them itself. */
  external?: boolean;
}

/** A link that looks like a button (navigation, downloads). */
export function LinkButton({ href, variant = 'primary', className, children, download, external }: LinkButtonProps) {
  if (external || download) {
    return (
      <a href={href} className={classOf(variant, className)} download={download ? '' : undefined}>
        {children}
      </a>
    );
  }
  return (
    <AriaLink href={href} className={classOf(variant, className)}>
      {children}
    </AriaLink>
  );
}
