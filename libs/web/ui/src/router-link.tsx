import { forwardRef } from 'react';
import { Link as RouterLinkBase, NavLink as RouterNavLinkBase, type LinkProps, type NavLinkProps } from 'react-router-dom';

/** React Router links with the NL Design System link look. */
export const RouterLink = forwardRef<HTMLAnchorElement, LinkProps>(function RouterLink({ className, ...props }, ref) {
  return <RouterLinkBase ref={ref} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />;
});

export const RouterNavLink = forwardRef<HTMLAnchorElement, NavLinkProps & { className?: string }>(function RouterNavLink({ className, ...props }, ref) {
  return <RouterNavLinkBase ref={ref} end className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />;
});
