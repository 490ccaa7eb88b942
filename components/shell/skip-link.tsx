export function SkipLink() {
  return (
    <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
      Skip to content
    </a>
  );
}
