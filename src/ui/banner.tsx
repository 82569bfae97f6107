// A message across the top of the screen. "status" is announced politely; "alert" at once
// (only for things the person must act on).
import type { ReactNode } from 'react';

export interface BannerProps {
  tone?: 'info' | 'warn' | 'danger';
  role?: 'status' | 'alert';
  children: ReactNode;
  actions?: ReactNode;
}

export function Banner({ tone = 'info', role = 'status', children, actions }: BannerProps) {
  return (
    <div className={`banner${tone === 'info' ? '' : ` banner--${tone}`}`} role={role}>
      <p>{children}</p>
      {actions}
    </div>
  );
}
