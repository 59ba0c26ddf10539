// The app's mark: a stack of cards with a check, drawn inline so it needs no asset.
export function LogoMark(props: { readonly size?: number }) {
  const size = props.size ?? 28;
  return (
    <svg className="logo-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      <rect x="2" y="2" width="28" height="28" rx="8" className="logo-mark-bg" />
      <path d="M10 11.5h12M10 16h8" className="logo-mark-line" />
      <path d="M11 21.2l2.6 2.6 6-6" className="logo-mark-check" />
    </svg>
  );
}
