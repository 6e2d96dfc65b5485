/** The shield with the yellow star: the app's mark, the same drawing as the favicon. */
export function BrandMark({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <path
        d="M32 3 7 11v19c0 15.6 10.6 26.8 25 31 14.4-4.2 25-15.4 25-31V11z"
        fill="#c8102e"
        stroke="#f2c200"
        strokeWidth="3"
        strokeLinejoin="round"
      />
      <path
        d="m32 16 4.1 12.6h13.2l-10.7 7.8 4.1 12.6L32 41.2 21.3 49l4.1-12.6-10.7-7.8h13.2z"
        fill="#f2c200"
      />
    </svg>
  );
}
