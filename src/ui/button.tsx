import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  block?: boolean;
}

export function buttonClass(variant: Variant = 'primary', block = false): string {
  return ['button', variant !== 'primary' && `button--${variant}`, block && 'button--block'].filter(Boolean).join(' ');
}

export function Button({ variant = 'primary', block = false, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={[buttonClass(variant, block), className].filter(Boolean).join(' ')} {...props} />;
}
