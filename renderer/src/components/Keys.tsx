// The keys of a keyboard shortcut as <kbd> elements, e.g. [Alt] [PageDown]; the caller names the keys for the
// platform (⌥ on a Mac), so this only draws them.
export function Keys(props: { readonly keys: readonly string[] }) {
  return (
    <span className="keys">
      {props.keys.map((key, index) => (
        <kbd key={index} className="kbd">
          {key}
        </kbd>
      ))}
    </span>
  );
}
